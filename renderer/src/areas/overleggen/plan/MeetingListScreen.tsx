// Runs in: renderer.
//
// The list of meetings, grouped the way the IB works through them: being held now, coming
// up (concept or planned), held but minutes not yet approved, and held. Each line says the
// kind, the day, the time, the place, how many cases are on the agenda and the status.
// With no meetings yet, the screen explains the three kinds and offers "Nieuw overleg".
// A region's ZAT coordinator has thousands of held meetings: each group is a virtualised
// list (only the rows in view are rendered; all rows when printing or below 100).
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import AddIcon from '@mui/icons-material/Add';
import ChecklistIcon from '@mui/icons-material/Checklist';
import GroupsOutlinedIcon from '@mui/icons-material/GroupsOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Meeting } from '../../../../../shared/meetings/meeting';
import { hrefFor, useHashRoute } from '../../../app/router';
import { AreaPage } from '../../../components/AreaPage';
import { EmptyState } from '../../../components/EmptyState';
import { VirtualList } from '../../../components/VirtualList';
import { todayIso } from '../../../../../shared/domain/dates';
import { useSession } from '../../../security/VaultProvider';
import { actionsRoute, meetingRoute } from '../../../app/routes';
import { MeetingStatusChip } from './MeetingStatusChip';
import { NewMeetingDialog } from './NewMeetingDialog';
import { groupMeetings, type MeetingGroups } from './planScreenRules';
import { useMeetingLabels } from './useMeetingLabels';
import { useMeetings } from './useMeetingData';

const GROUPS: readonly (keyof MeetingGroups)[] = [
  'inProgress',
  'upcoming',
  'awaitingApproval',
  'held',
];

export function MeetingListScreen() {
  const { t } = useTranslation();
  const session = useSession();
  const [, navigate] = useHashRoute();
  const meetings = useMeetings(session);
  const groups = useMemo(() => groupMeetings(meetings, todayIso()), [meetings]);
  const [creating, setCreating] = useState(false);

  const newButton = (
    <Button
      variant="contained"
      startIcon={<AddIcon aria-hidden />}
      onClick={() => setCreating(true)}
    >
      {t('meetings.list.new')}
    </Button>
  );

  return (
    <AreaPage title={t('areas.overleggen.title')} intro={t('areas.overleggen.intro')}>
      <Stack
        direction="row"
        spacing={2}
        sx={{ mb: 3, flexWrap: 'wrap', alignItems: 'center' }}
        useFlexGap
      >
        {meetings.length > 0 ? newButton : null}
        <Button
          variant="outlined"
          href={hrefFor(actionsRoute)}
          startIcon={<ChecklistIcon aria-hidden />}
        >
          {t('meetings.list.actions')}
        </Button>
      </Stack>
      {meetings.length === 0 ? (
        <EmptyState
          icon={GroupsOutlinedIcon}
          title={t('meetings.list.emptyTitle')}
          description={t('meetings.list.emptyDescription')}
          nextStep={t('meetings.list.emptyNextStep')}
          action={
            <Stack spacing={2} sx={{ alignItems: 'center' }}>
              <Box component="ul" sx={{ textAlign: 'left', m: 0, pl: 3 }}>
                {(['zorgteam', 'zat', 'driehoeksoverleg'] as const).map((kind) => (
                  <li key={kind}>
                    <Typography variant="body2">
                      <strong>{t(`meetings.kinds.${kind}`)}</strong>:{' '}
                      {t(`meetings.kindHelp.${kind}`)}
                    </Typography>
                  </li>
                ))}
              </Box>
              {newButton}
            </Stack>
          }
        />
      ) : (
        <Stack spacing={4}>
          {GROUPS.map((group) =>
            groups[group].length === 0 ? null : (
              <MeetingGroup key={group} group={group} meetings={groups[group]} />
            ),
          )}
        </Stack>
      )}
      {creating ? (
        <NewMeetingDialog
          onClose={() => setCreating(false)}
          onCreated={(meeting) => {
            setCreating(false);
            navigate(meetingRoute(meeting.id));
          }}
        />
      ) : null}
    </AreaPage>
  );
}

const meetingKey = (meeting: Meeting): string => meeting.id;

function MeetingRow({ meeting }: { readonly meeting: Meeting }) {
  const { t } = useTranslation();
  const labels = useMeetingLabels();
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' } }}
      >
        <Box>
          <Typography variant="h3" component="h3">
            <Link href={hrefFor(meetingRoute(meeting.id))}>{labels.title(meeting)}</Link>
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {[
              t('meetings.list.time', { start: meeting.startTime, end: meeting.endTime }),
              meeting.place.trim() === '' ? t('meetings.list.noPlace') : meeting.place,
              t('meetings.list.items', { count: meeting.agenda.length }),
            ].join(' · ')}
          </Typography>
        </Box>
        <MeetingStatusChip status={meeting.status} />
      </Stack>
    </Paper>
  );
}

function MeetingGroup({
  group,
  meetings,
}: {
  readonly group: keyof MeetingGroups;
  readonly meetings: readonly Meeting[];
}) {
  const { t } = useTranslation();
  const headingId = `meetings-group-${group}`;
  const title = t(`meetings.list.groups.${group}`);
  const renderItem = useCallback((meeting: Meeting) => <MeetingRow meeting={meeting} />, []);
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography variant="h2" id={headingId} sx={{ mb: 1.5 }}>
        {title}
      </Typography>
      <VirtualList
        variant="list"
        items={meetings}
        getKey={meetingKey}
        estimateSize={88}
        gap={12}
        label={title}
        renderItem={renderItem}
      />
    </Box>
  );
}
