// Runs in: renderer.
//
// The warning the background integrity check raises (renderer/src/vault/sessionIntegrity.ts):
// which records are missing, damaged, older than they should be or unknown, and where they
// belong (kind of record and the record it belongs to: ids, never names), plus a break in
// the audit log. It offers the ways out: repair from the copy in memory where there is one,
// restore a backup, or continue without them; the vault records the choice in the audit log.
// It opens by itself whenever a report with problems arrives (after unlock, after a refused
// backup) and can be put off ("Later beslissen"): nothing is dropped without a choice.
import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { IntegrityProblem, IntegrityReport } from '../vault';
import { RestoreDialog } from './RestoreDialog';
import { recordTypeKey, shortRecordId, verificationMessage } from './settings/auditLabels';
import { useVault, type AppSession } from './VaultProvider';
import { useSaveAttempt } from '../components/useSaveAttempt';

/** Problems listed one by one; the rest are counted. */
const LISTED = 20;

function hasProblems(report: IntegrityReport | null): report is IntegrityReport {
  return report !== null && (report.problems.length > 0 || report.audit !== null);
}

export function IntegrityDialog({
  session,
  suspended,
}: {
  readonly session: AppSession;
  readonly suspended: boolean;
}) {
  const { t } = useTranslation();
  const { refresh } = useVault();
  const [report, setReport] = useState<IntegrityReport | null>(() => session.integrityReport);
  const [open, setOpen] = useState(() => hasProblems(session.integrityReport));
  const { busy, failed, attempt } = useSaveAttempt();
  const [restoring, setRestoring] = useState(false);

  useEffect(
    () =>
      session.onIntegrityReport((next) => {
        setReport(next);
        if (hasProblems(next)) setOpen(true);
      }),
    [session],
  );

  if (report === null) return null;
  const typeLabel = (type: string | null): string => {
    const key = type === null ? null : recordTypeKey(type);
    return key === null ? t('integrity.unknownType') : t(`security.audit.recordTypes.${key}`);
  };
  const describe = (p: IntegrityProblem): string => {
    const kind = t(`integrity.kinds.${p.kind}`);
    const what = typeLabel(p.type);
    if (p.parent === undefined) return t('integrity.item', { kind, what });
    return t('integrity.itemWithParent', {
      kind,
      what,
      parent: typeLabel(session.typeInMemory(p.parent)).toLowerCase(),
      parentId: shortRecordId(p.parent),
    });
  };
  const repairable = report.problems.filter(
    (p) => session.typeInMemory(p.id) !== null && p.kind !== 'unknown',
  );
  const auditMessage =
    report.audit === null ? null : verificationMessage({ ok: false, problem: report.audit });

  const resolve = async (choice: 'repair' | 'without') => {
    await attempt(async () => {
      await session.resolveIntegrity(choice === 'repair' ? repairable : report.problems, choice);
    });
  };

  const recordsOk = report.problems.length === 0;
  return (
    <>
      <Dialog
        open={open && !suspended && !restoring}
        onClose={() => !busy && setOpen(false)}
        fullWidth
        maxWidth="sm"
        aria-labelledby="integrity-title"
      >
        <DialogTitle id="integrity-title">{t('integrity.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={1.5}>
            <Typography>{t('integrity.intro')}</Typography>
            {recordsOk ? (
              report.audit === null && (
                <Alert severity="success">{t('integrity.allResolved')}</Alert>
              )
            ) : (
              <Stack
                component="ul"
                spacing={0.5}
                sx={{ pl: 3, my: 0 }}
                data-testid="integrity-problems"
              >
                {report.problems.slice(0, LISTED).map((p) => (
                  <Typography component="li" key={p.id}>
                    {describe(p)}
                  </Typography>
                ))}
                {report.problems.length > LISTED && (
                  <Typography component="li">
                    {t('integrity.more', { count: report.problems.length - LISTED })}
                  </Typography>
                )}
              </Stack>
            )}
            {auditMessage !== null && auditMessage.key !== 'intact' && (
              <Alert severity="warning" data-testid="integrity-audit">
                {t('integrity.audit', {
                  problem: t(`security.audit.verify.${auditMessage.key}`, {
                    seq: auditMessage.seq,
                  }),
                })}{' '}
                {t('security.audit.verify.advice')}
              </Alert>
            )}
            {!recordsOk && (
              <>
                <Typography>{t('integrity.choices')}</Typography>
                <Stack component="ul" sx={{ pl: 3, my: 0 }}>
                  {repairable.length > 0 && (
                    <Typography component="li">
                      {t('integrity.repairHelp', { count: repairable.length })}
                    </Typography>
                  )}
                  <Typography component="li">{t('integrity.restoreHelp')}</Typography>
                  <Typography component="li">{t('integrity.withoutHelp')}</Typography>
                </Stack>
              </>
            )}
            {failed && (
              <Alert severity="error" role="alert">
                {t('integrity.failed')}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
          {!recordsOk && repairable.length > 0 && (
            <Button variant="contained" disabled={busy} onClick={() => void resolve('repair')}>
              {t('integrity.repair', { count: repairable.length })}
            </Button>
          )}
          {!recordsOk && (
            <>
              <Button variant="outlined" disabled={busy} onClick={() => setRestoring(true)}>
                {t('integrity.restore')}
              </Button>
              <Button
                variant="outlined"
                color="warning"
                disabled={busy}
                onClick={() => void resolve('without')}
              >
                {t('integrity.without')}
              </Button>
            </>
          )}
          <Button disabled={busy} onClick={() => setOpen(false)}>
            {recordsOk ? t('integrity.close') : t('integrity.later')}
          </Button>
        </DialogActions>
      </Dialog>
      <RestoreDialog
        open={restoring}
        onClose={() => setRestoring(false)}
        onRestored={() => void refresh()}
      />
    </>
  );
}
