// Runs in: renderer.
//
// Before a meeting file is saved: each item as the recipients will see it (the name, or only
// the pseudonym) and why an item goes without a name (no consent for a chosen organisation,
// anonymous in the meeting, …). Working notes never travel, and the preview says so.
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import type { ItemShareDecision } from '../../../shared/sharing/meetingShare';

export function SharePreview({
  decisions,
  items,
  orgName,
}: {
  readonly decisions: readonly ItemShareDecision[];
  readonly items: readonly {
    id: string;
    subject: { mode: 'named'; pupilName: string } | { mode: 'anonymous'; pseudonym: string };
  }[];
  readonly orgName: (id: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <Box>
      <Typography variant="h3" sx={{ fontSize: '1.05rem', fontWeight: 600 }}>
        {t('sharing.share.previewTitle')}
      </Typography>
      <List dense>
        {items.map((item) => {
          const decision = decisions.find((d) => d.itemId === item.id);
          const why =
            decision === undefined || decision.mode === 'named'
              ? t('sharing.share.named')
              : decision.reason === 'no-consent'
                ? t('sharing.share.why.noConsent', {
                    organisation: orgName(decision.organisationId),
                  })
                : decision.reason === 'anonymous-in-meeting'
                  ? t('sharing.share.why.anonymousInMeeting')
                  : decision.reason === 'no-recipient-organisation'
                    ? t('sharing.share.why.noRecipient')
                    : t('sharing.share.why.pupilMissing');
          return (
            <ListItem key={item.id} disableGutters>
              <ListItemText
                primary={
                  item.subject.mode === 'named' ? item.subject.pupilName : item.subject.pseudonym
                }
                secondary={why}
              />
            </ListItem>
          );
        })}
      </List>
      <Typography color="text.secondary">{t('sharing.share.noWorkingNotes')}</Typography>
    </Box>
  );
}
