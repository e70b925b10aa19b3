// Runs in: renderer.
//
// Shows a freshly made recovery code once and lets the user save the printable recovery
// sheet (PDF) through the host's save dialog. The file name is generic: it never holds the
// school's or the user's name. Saving the sheet is recorded in the audit trail.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import PictureAsPdf from '@mui/icons-material/PictureAsPdf';
import { useTranslation } from 'react-i18next';
import { renderRecoverySheet } from '../../../shared/documents/recoverySheet';
import { useHost } from '../host/HostContext';
import { formatDate } from '../i18n/dates';
import { loadDocumentFonts } from './documentFonts';
import type { AppSession } from './VaultProvider';

/** A short, non-secret label that ties a printed sheet to its vault. */
export function vaultLabel(vaultId: string): string {
  return `ZT-${vaultId.replace(/^v/, '').slice(0, 6).toUpperCase()}`;
}

export function RecoveryCodePanel({
  code,
  session,
}: {
  readonly code: string;
  readonly session: AppSession;
}) {
  const { t } = useTranslation();
  const host = useHost();
  const [status, setStatus] = useState<
    | { readonly kind: 'idle' | 'busy' | 'failed' }
    | { readonly kind: 'saved'; readonly name: string }
  >({ kind: 'idle' });

  const saveSheet = async () => {
    setStatus({ kind: 'busy' });
    try {
      const profile = session.profile;
      const bytes = await renderRecoverySheet({
        fonts: await loadDocumentFonts(),
        schoolName: profile.schoolName,
        createdBy: profile.userName,
        // The sheet is in Dutch whatever the UI language: it stays in the school's safe.
        createdOn: formatDate(new Date(), 'nl'),
        recoveryCode: code,
        vaultLabel: vaultLabel(session.vaultId),
      });
      const outcome = await host.saveFile({
        suggestedName: t('vault.recoveryCode.sheetFileName'),
        bytes,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (outcome.saved) {
        await session.audit.append('print', { detail: 'recovery-sheet' });
        setStatus({ kind: 'saved', name: outcome.name });
      } else {
        setStatus({ kind: 'idle' });
      }
    } catch {
      setStatus({ kind: 'failed' });
    }
  };

  return (
    <Stack spacing={2}>
      <Box
        role="group"
        aria-label={t('vault.recoveryCode.label')}
        sx={{
          border: 2,
          borderColor: 'primary.main',
          borderRadius: 2,
          p: 2,
          textAlign: 'center',
          bgcolor: 'background.default',
        }}
      >
        <Typography
          component="p"
          data-testid="recovery-code"
          lang="zxx"
          sx={{
            fontFamily: 'ui-monospace, Consolas, monospace',
            fontSize: { xs: 16, sm: 20 },
            fontWeight: 700,
            letterSpacing: 1,
            wordBreak: 'break-word',
          }}
        >
          {code}
        </Typography>
      </Box>
      <Box>
        <Button
          variant="outlined"
          startIcon={<PictureAsPdf />}
          onClick={() => void saveSheet()}
          disabled={status.kind === 'busy'}
        >
          {t('vault.recoveryCode.saveSheet')}
        </Button>
      </Box>
      {status.kind === 'saved' && (
        <Alert severity="success">
          {t('vault.recoveryCode.sheetSaved', { name: status.name })}
        </Alert>
      )}
      {status.kind === 'failed' && (
        <Alert severity="error">{t('vault.recoveryCode.sheetFailed')}</Alert>
      )}
    </Stack>
  );
}
