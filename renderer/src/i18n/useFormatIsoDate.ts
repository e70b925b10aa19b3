// Runs in: renderer.
//
// A calendar date (YYYY-MM-DD) in the UI language ("7 maart 2026"), as a hook so a screen
// re-renders when the language changes. Every screen writes dates through this or through
// formatIsoDate (./dates) directly, never with its own Date arithmetic.
import { useCallback } from 'react';
import type { IsoDate } from '../../../shared/domain/dates';
import { formatIsoDate } from './dates';
import { useLanguage } from './useLanguage';

export function useFormatIsoDate(): (date: IsoDate) => string {
  const { language } = useLanguage();
  return useCallback((date: IsoDate) => formatIsoDate(date, language), [language]);
}
