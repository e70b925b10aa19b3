// Runs in: renderer.
//
// One consent in the register: what it covers, who gave it and how, how long it is valid,
// its status on today's date, and the actions (withdraw, print the form again).
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Consent, ConsentGiver } from '../../../shared/domain/consent';
import type { Pupil } from '../../../shared/domain/pupil';
import type { IsoDate } from '../../../shared/domain/dates';
import { useLanguage } from '../i18n/useLanguage';
import { consentStatusOn, type ConsentStatus } from '../../../shared/domain/consentStatus';
import { formatIsoDate } from '../i18n/dates';
import type { ConsentLabels } from './useConsentLabels';

const STATUS_COLORS: Readonly<Record<ConsentStatus, 'success' | 'default' | 'error' | 'info'>> = {
  geldig: 'success',
  verlopen: 'default',
  ingetrokken: 'error',
  geweigerd: 'error',
  'nog-niet-geldig': 'info',
};

export interface ConsentItemProps {
  readonly consent: Consent;
  readonly pupil: Pupil;
  readonly today: IsoDate;
  readonly labels: ConsentLabels;
  readonly onWithdraw: () => void;
  readonly onPrint: () => void;
}

export function ConsentItem({
  consent,
  pupil,
  today,
  labels,
  onWithdraw,
  onPrint,
}: ConsentItemProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const status = consentStatusOn(consent, today);
  const date = (d: string): string => formatIsoDate(d, language);
  const purpose = t(`directory.consent.purposes.${consent.purpose}`);
  const relationOf = (guardianId: string | undefined): string => {
    if (guardianId === undefined) return t('directory.consent.relations.pupil');
    const guardian = pupil.guardians.find((g) => g.id === guardianId);
    return t(`directory.consent.relations.${guardian?.relation ?? 'other'}`);
  };
  const answerLine = (g: ConsentGiver): string =>
    t('directory.consent.item.giver', {
      name: g.name,
      relation: relationOf(g.guardianId),
      method: t(`directory.consent.methods.${g.method}`).toLowerCase(),
      date: date(g.date),
    }) +
    (g.witnessedBy !== undefined
      ? ` (${t('directory.consent.item.witnessed', { name: g.witnessedBy })})`
      : '');
  /** The people who answered one way, each with how and when; nothing when nobody did. */
  const answerList = (label: 'givenBy' | 'refusedBy', people: readonly ConsentGiver[]) =>
    people.length === 0 ? null : (
      <>
        <dt>{t(`directory.consent.item.${label}`)}</dt>
        <dd>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {people.map((g) => (
              <li key={`${g.personKind}-${g.guardianId ?? 'pupil'}`}>{answerLine(g)}</li>
            ))}
          </Box>
        </dd>
      </>
    );
  const headingId = `consent-${consent.id}`;
  return (
    <Paper component="li" variant="outlined" sx={{ p: 2 }} aria-labelledby={headingId}>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={1.5}
        sx={{ justifyContent: 'space-between' }}
      >
        <Box sx={{ minWidth: 0 }}>
          <Stack
            direction="row"
            spacing={1}
            useFlexGap
            sx={{ alignItems: 'center', flexWrap: 'wrap' }}
          >
            <Typography variant="h3" id={headingId} tabIndex={-1}>
              {purpose}
            </Typography>
            <Chip
              size="small"
              color={STATUS_COLORS[status]}
              label={t(`directory.consent.statuses.${status}`)}
              data-testid="consent-status"
            />
          </Stack>
          {consent.meetingKinds !== undefined ? (
            <Typography>
              {t('directory.consent.item.meetings', {
                meetings: labels.list(consent.meetingKinds.map(labels.meetingKind)),
              })}
            </Typography>
          ) : null}
          {consent.recipientOrganisationName !== undefined ? (
            <Typography>
              {t('directory.consent.item.recipient', { name: consent.recipientOrganisationName })}
            </Typography>
          ) : null}
          {consent.documentName !== undefined ? (
            <Typography>
              {t('directory.consent.item.document', { name: consent.documentName })}
            </Typography>
          ) : null}
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {t('directory.consent.item.validity', {
              from: date(consent.date),
              until: date(consent.validUntil),
            })}
          </Typography>
          {consent.withdrawn !== undefined ? (
            <Typography variant="body2" sx={{ color: 'error.dark', fontWeight: 600 }}>
              {t('directory.consent.item.withdrawn', {
                date: date(consent.withdrawn.date),
                by: consent.withdrawn.by,
              })}
            </Typography>
          ) : null}
          <Box
            component="dl"
            sx={{ m: 0, mt: 1, '& dt': { fontWeight: 600, mt: 0.5 }, '& dd': { m: 0 } }}
          >
            <dt>{t('directory.consent.item.categories')}</dt>
            <dd>{labels.list(consent.dataCategories.map(labels.category))}</dd>
            {answerList('givenBy', consent.givenBy)}
            {answerList('refusedBy', consent.refusedBy ?? [])}
            {(consent.notAsked ?? []).length > 0 ? (
              <>
                <dt>{t('directory.consent.item.notAsked')}</dt>
                <dd>
                  {labels.list(
                    (consent.notAsked ?? []).map((p) => `${p.name} (${relationOf(p.guardianId)})`),
                  )}
                </dd>
              </>
            ) : null}
          </Box>
        </Box>
        <Stack
          direction={{ xs: 'row', md: 'column' }}
          spacing={1}
          sx={{ alignItems: { md: 'flex-end' }, flexShrink: 0 }}
        >
          {consent.withdrawn === undefined ? (
            <Button
              size="small"
              color="error"
              variant="outlined"
              onClick={onWithdraw}
              aria-label={t('directory.consent.item.withdrawLabel', {
                purpose,
                date: date(consent.date),
              })}
            >
              {t('directory.consent.item.withdraw')}
            </Button>
          ) : null}
          <Button size="small" onClick={onPrint}>
            {t('directory.consent.item.printAgain')}
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
