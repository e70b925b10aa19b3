// Runs in: renderer.
//
// The print buttons of one meldcode track (issue 16, point 4): the verslag for the school's
// file and, once the decision includes a report, the part for Veilig Thuis. A case discussed
// anonymously in a meeting prints without the pupil's name by default; printing with the name
// is a deliberate choice (the box is unticked by the user).
import { useId, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import PictureAsPdfOutlinedIcon from '@mui/icons-material/PictureAsPdfOutlined';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../../shared/domain/dates';
import type { Pupil } from '../../../../../../shared/domain/pupil';
import type { MeldcodeVerslagVariant } from '../../../../../../shared/documents/meldcodeVerslag';
import { decisionReports, type MeldcodeTrack } from '../../../../../../shared/meldcode/meldcode';
import { useHost } from '../../../../host/HostContext';
import { useSession } from '../../../../security/VaultProvider';
import { printVerslag } from './printVerslag';

type PrintStatus =
  | { readonly kind: 'idle' | 'failed' }
  | { readonly kind: 'busy'; readonly variant: MeldcodeVerslagVariant }
  | { readonly kind: 'saved'; readonly name: string };

export interface VerslagPrintProps {
  readonly track: MeldcodeTrack;
  readonly pupil: Pupil;
  /** The case was discussed without a name in a meeting: print without it unless unticked. */
  readonly discussedAnonymously: boolean;
}

export function VerslagPrint({ track, pupil, discussedAnonymously }: VerslagPrintProps) {
  const { t } = useTranslation();
  const session = useSession();
  const host = useHost();
  const helpId = useId();
  const [withoutName, setWithoutName] = useState(discussedAnonymously);
  const [status, setStatus] = useState<PrintStatus>({ kind: 'idle' });
  const besluit = track.steps.besluit;
  const variants: readonly MeldcodeVerslagVariant[] =
    besluit !== undefined && decisionReports(besluit.decision)
      ? ['dossier', 'veilig-thuis']
      : ['dossier'];

  const print = async (variant: MeldcodeVerslagVariant) => {
    setStatus({ kind: 'busy', variant });
    try {
      const result = await printVerslag(session, host, {
        track,
        pupil,
        withoutName,
        variant,
        today: todayIso(),
      });
      setStatus(
        result.ok && result.value.saved
          ? { kind: 'saved', name: result.value.name }
          : result.ok
            ? { kind: 'idle' }
            : { kind: 'failed' },
      );
    } catch {
      setStatus({ kind: 'failed' });
    }
  };

  return (
    <Box component="section" aria-label={t('meldcode.verslag.heading')}>
      <Typography variant="h3" sx={{ fontSize: '1.05rem' }}>
        {t('meldcode.verslag.heading')}
      </Typography>
      <Typography id={helpId} variant="body2" color="text.secondary">
        {t('meldcode.verslag.help')}
      </Typography>
      <FormControlLabel
        control={
          <Checkbox
            checked={withoutName}
            onChange={(event) => setWithoutName(event.target.checked)}
          />
        }
        label={
          discussedAnonymously
            ? t('meldcode.verslag.withoutNameAnonymous')
            : t('meldcode.verslag.withoutName')
        }
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
        {variants.map((variant) => (
          <Button
            key={variant}
            variant="outlined"
            size="small"
            startIcon={<PictureAsPdfOutlinedIcon />}
            aria-describedby={helpId}
            disabled={status.kind === 'busy'}
            onClick={() => void print(variant)}
          >
            {status.kind === 'busy' && status.variant === variant
              ? t('meldcode.verslag.busy')
              : t(`meldcode.verslag.button.${variant}`)}
          </Button>
        ))}
      </Stack>
      <Box role="status">
        {status.kind === 'saved' ? (
          <Alert severity="success" role="none" sx={{ mt: 1 }}>
            {t('meldcode.verslag.saved', { name: status.name })}
          </Alert>
        ) : null}
      </Box>
      {status.kind === 'failed' ? (
        <Alert severity="error" role="alert" sx={{ mt: 1 }}>
          {t('meldcode.verslag.failed')}
        </Alert>
      ) : null}
    </Box>
  );
}
