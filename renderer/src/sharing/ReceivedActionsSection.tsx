// Runs in: renderer.
//
// The open actions a member imported from received meeting files, soonest due first. Shown
// on the received-files screen and in Acties, so a ZAT member who is not the IB finds the
// work a meeting gave them next to their own.
import { useTranslation } from 'react-i18next';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { hrefFor } from '../app/router';
import { sharedFileRoute } from '../app/routes';
import { formatIsoDate } from '../i18n/dates';
import { useLanguage } from '../i18n/useLanguage';
import { useRecordList } from '../records/useRecords';
import { useSession } from '../security/VaultProvider';

export interface ReceivedActionsSectionProps {
  /** Show the section with an empty line when there are none (else nothing is rendered). */
  readonly showEmpty?: boolean;
}

export function ReceivedActionsSection({ showEmpty = false }: ReceivedActionsSectionProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const actions = useRecordList(session, 'sharing.action');
  const open = actions
    .filter((a) => a.action.status === 'open')
    .sort((a, b) => (a.action.dueDate ?? '9999').localeCompare(b.action.dueDate ?? '9999'));
  if (open.length === 0 && !showEmpty) return null;
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="my-actions-heading"
      sx={{ p: 2.5 }}
    >
      <Typography variant="h2" id="my-actions-heading">
        {t('sharing.list.myActions')}
      </Typography>
      {open.length === 0 ? (
        <Typography color="text.secondary" sx={{ mt: 1 }}>
          {t('sharing.list.noActions')}
        </Typography>
      ) : (
        <List>
          {open.map((a) => (
            <ListItem key={a.id} disableGutters>
              <ListItemText
                primary={
                  <Link href={hrefFor(sharedFileRoute(a.receivedId))}>{a.action.description}</Link>
                }
                secondary={t('sharing.list.actionMeta', {
                  subject: a.subject,
                  kind: t(`meetings.kinds.${a.meetingKind}`),
                  date: formatIsoDate(a.meetingDate, language),
                  due:
                    a.action.dueDate === undefined
                      ? t('sharing.view.noDue')
                      : formatIsoDate(a.action.dueDate, language),
                })}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Paper>
  );
}
