// Runs in: renderer.
//
// Translated labels for consent codes and the formatters reasonMessage needs, in one place
// so the register, the check and the dashboard word things the same way.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consent } from '../../../shared/domain/consent';
import type { Organisation } from '../../../shared/domain/directory';
import { useLanguage } from '../i18n/useLanguage';
import { formatIsoDate } from '../i18n/dates';
import { joinList, type ReasonFormatters } from './reasonText';

export interface ConsentLabels extends ReasonFormatters {
  /** "Informatie uitwisselen van 3 november 2026" */
  readonly consentRef: (consent: Consent) => string;
}

export function useConsentLabels(
  organisations: readonly Organisation[],
  consents: readonly Consent[],
): ConsentLabels {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return useMemo(() => {
    const date = (d: string): string => formatIsoDate(d, language);
    const and = language === 'nl' ? 'en' : 'and';
    const organisation = (id: string): string =>
      organisations.find((o) => o.id === id)?.name ??
      consents.find((c) => c.recipientOrganisationId === id)?.recipientOrganisationName ??
      t('directory.consent.reasons.unknownOrganisation');
    return {
      date,
      purpose: (p) => t(`directory.consent.purposes.${p}`),
      meetingKind: (k) => t(`directory.consent.meetingKinds.${k}`),
      category: (c) => t(`directory.consent.categories.${c}`),
      organisation,
      list: (items) => joinList(items, and),
      consentRef: (c) =>
        t('directory.consent.consentRef', {
          purpose: t(`directory.consent.purposes.${c.purpose}`),
          date: date(c.date),
        }),
    };
  }, [t, language, organisations, consents]);
}
