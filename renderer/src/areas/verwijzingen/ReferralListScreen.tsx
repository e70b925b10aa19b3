// Runs in: renderer.
//
// Verwijzingen: every referral of the school, newest first, filterable by status, with what
// is overdue marked, so the IB sees at a glance which referrals still wait for contact or
// feedback. A referral starts from a case (tab Verwijzingen).
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import ForwardToInboxOutlinedIcon from '@mui/icons-material/ForwardToInboxOutlined';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { displayName } from '../../../../shared/domain/pupil';
import { sentDate } from '../../../../shared/referrals/lifecycle';
import { overdueReferrals, type OverdueReferral } from '../../../../shared/referrals/overdue';
import {
  REFERRAL_STATUSES,
  type Referral,
  type ReferralStatus,
} from '../../../../shared/referrals/referral';
import { hrefFor } from '../../app/router';
import { AreaPage } from '../../components/AreaPage';
import { EmptyState } from '../../components/EmptyState';
import { VirtualList } from '../../components/VirtualList';
import { formatIsoDate } from '../../i18n/dates';
import { todayIso } from '../../../../shared/domain/dates';
import { useLanguage } from '../../i18n/useLanguage';
import { useRecordList } from '../../records/useRecords';
import { useSession } from '../../security/VaultProvider';
import { ReferralStatusChip } from '../../referrals/ReferralStatusChip';

type Filter = ReferralStatus | 'alle' | 'open';

const FILTERS: readonly Filter[] = ['open', 'alle', ...REFERRAL_STATUSES];

const referralKey = (r: Referral): string => r.id;

export function ReferralListScreen() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const referrals = useRecordList(session, 'case.referral');
  const pupils = useRecordList(session, 'pupil');
  const organisations = useRecordList(session, 'directory.organisation');
  const [filter, setFilter] = useState<Filter>('open');
  const today = todayIso();
  // A regional vault holds thousands of referrals: filter, sort and lookups run once per
  // change of the records or the filter, and the list renders only the rows in view.
  const lateById = useMemo(() => {
    const map = new Map<string, OverdueReferral[]>();
    for (const o of overdueReferrals(referrals, today))
      map.set(o.referralId, [...(map.get(o.referralId) ?? []), o]);
    return map;
  }, [referrals, today]);
  const pupilsById = useMemo(() => new Map(pupils.map((p) => [p.id, p])), [pupils]);
  const organisationNames = useMemo(
    () => new Map(organisations.map((o) => [o.id, o.name])),
    [organisations],
  );
  const shown = useMemo(
    () =>
      referrals
        .filter((r) =>
          filter === 'alle'
            ? true
            : filter === 'open'
              ? r.status !== 'afgesloten' && r.status !== 'teruggestuurd'
              : r.status === filter,
        )
        .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0)),
    [referrals, filter],
  );
  const renderItem = useCallback(
    (r: Referral) => {
      const pupil = pupilsById.get(r.pupilId);
      const recipient =
        organisationNames.get(r.recipientOrganisationId) ?? t('referrals.common.unknownRecipient');
      const sent = sentDate(r);
      const pupilName =
        pupil === undefined ? t('referrals.common.unknownPupil') : displayName(pupil);
      return (
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}>
            <Link href={hrefFor({ area: 'verwijzingen', path: [r.id] })} sx={{ fontWeight: 600 }}>
              {t('referrals.list.item', { name: pupilName, recipient })}
            </Link>
            <ReferralStatusChip status={r.status} />
          </Box>
          <Typography variant="body2" color="text.secondary">
            {sent === undefined
              ? t('referrals.list.notSent')
              : t('referrals.list.sentOn', { date: formatIsoDate(sent, language) })}
          </Typography>
          {(lateById.get(r.id) ?? []).map((o) => (
            <Typography key={o.kind} variant="body2" color="error.dark">
              {t(
                o.kind === 'contact'
                  ? 'referrals.overdue.contactShort'
                  : 'referrals.overdue.feedbackShort',
                { date: formatIsoDate(o.dueDate, language), count: o.daysOverdue },
              )}
            </Typography>
          ))}
        </Paper>
      );
    },
    [pupilsById, organisationNames, lateById, t, language],
  );

  return (
    <AreaPage title={t('areas.verwijzingen.title')} intro={t('areas.verwijzingen.intro')}>
      {referrals.length === 0 ? (
        <EmptyState
          icon={ForwardToInboxOutlinedIcon}
          title={t('areas.verwijzingen.empty.title')}
          description={t('areas.verwijzingen.empty.description')}
          nextStep={t('areas.verwijzingen.empty.nextStep')}
        />
      ) : (
        <Stack spacing={2.5}>
          <TextField
            select
            label={t('referrals.list.filter')}
            value={filter}
            onChange={(e) => setFilter(FILTERS.find((f) => f === e.target.value) ?? 'open')}
            sx={{ maxWidth: 320 }}
          >
            {FILTERS.map((f) => (
              <MenuItem key={f} value={f}>
                {f === 'alle'
                  ? t('referrals.list.all')
                  : f === 'open'
                    ? t('referrals.list.open')
                    : t(`referrals.statuses.${f}`)}
              </MenuItem>
            ))}
          </TextField>
          <Typography role="status">
            {t('referrals.list.count', { count: shown.length })}
          </Typography>
          {shown.length === 0 ? null : (
            <VirtualList
              variant="list"
              items={shown}
              getKey={referralKey}
              estimateSize={84}
              gap={12}
              label={t('referrals.list.label')}
              renderItem={renderItem}
            />
          )}
        </Stack>
      )}
    </AreaPage>
  );
}
