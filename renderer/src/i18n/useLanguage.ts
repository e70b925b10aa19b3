// Runs in: renderer.
//
// The current UI language and the one way to change it: the choice is first stored through
// the Host (so it survives a restart), then applied to i18next, which re-renders the UI.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/settings/schema';
import { useHost } from '../host/HostContext';
import { toLanguage } from './index';

export function useLanguage(): {
  readonly language: Language;
  readonly setLanguage: (next: Language) => Promise<void>;
} {
  const host = useHost();
  const { i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage ?? i18n.language);
  const setLanguage = useCallback(
    async (next: Language) => {
      await host.updateSettings({ language: next });
      await i18n.changeLanguage(next);
    },
    [host, i18n],
  );
  return { language, setLanguage };
}
