// Runs in: renderer.
//
// After a decision to organise help (issue 16, point 2): the agreements that follow its
// effects (what, who, when to look again) become ordinary actions in the case's actieplan,
// with a due date, so they appear in Acties and on the start screen like every action. The
// existing action dialog is used, with the date required. The action does not point back to
// the track: the actieplan travels with meetings and hand-overs, the track never does, so the
// text says to write the agreement without naming the meldcode.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ActionDialog } from '../actieplan/ActionDialog';

export function MonitoringAgreements({ caseId }: { readonly caseId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState(0);
  return (
    <Box component="section" aria-label={t('meldcode.monitoring.heading')}>
      <Typography variant="h3" sx={{ fontSize: '1.05rem' }}>
        {t('meldcode.monitoring.heading')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('meldcode.monitoring.help')}
      </Typography>
      <Button size="small" variant="outlined" sx={{ mt: 1 }} onClick={() => setOpen(true)}>
        {t('meldcode.monitoring.add')}
      </Button>
      <Box role="status">
        {added > 0 ? (
          <Alert severity="success" role="none" sx={{ mt: 1 }}>
            {t('meldcode.monitoring.added', { count: added })}
          </Alert>
        ) : null}
      </Box>
      {open ? (
        <ActionDialog
          caseId={caseId}
          dueDateRequired
          onClose={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            setAdded((n) => n + 1);
          }}
        />
      ) : null}
    </Box>
  );
}
