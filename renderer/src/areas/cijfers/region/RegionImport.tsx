// Runs in: renderer.
//
// "Cijferbestanden inlezen…": the coordinator chooses any number of figures files; the ones
// that may be added are stored at once, and a dialog then says per file what happened and why
// (refused files change nothing). A newer file of a school and year already imported gets a
// "Vervangen" button: it replaces the stored one only when chosen.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { todayIso } from '../../../../../shared/domain/dates';
import { schoolYearStartOf } from '../../../../../shared/domain/schoolYear';
import type { ImportDecision } from '../../../../../shared/figures/regionImport';
import { MessageDialog } from '../../../components/MessageDialog';
import { useSaveAttempt } from '../../../components/useSaveAttempt';
import { useHost } from '../../../host/HostContext';
import { useSession } from '../../../security/VaultProvider';
import { chooseFiguresFiles, replaceSchoolFigures, storeAddedFigures } from './regionImport';

/** "2025-2026" for a period starting in the school year 2025-2026. */
export function schoolYearName(from: string): string {
  const start = schoolYearStartOf(from);
  return `${start}-${start + 1}`;
}

function useOutcomeText(): (d: ImportDecision, replaced: boolean) => string {
  const { t, i18n } = useTranslation();
  const date = (iso: string): string =>
    new Date(`${iso}T12:00:00`).toLocaleDateString(i18n.language);
  return (d, replaced) => {
    switch (d.kind) {
      case 'add':
        return t('region.import.outcome.add', {
          school: d.file.school,
          year: schoolYearName(d.file.current.period.from),
        });
      case 'newer':
        return replaced
          ? t('region.import.outcome.replaced', {
              school: d.file.school,
              year: schoolYearName(d.file.current.period.from),
            })
          : t('region.import.outcome.newer', {
              school: d.file.school,
              year: schoolYearName(d.file.current.period.from),
              earlier: date(d.replaces.createdOn),
              created: date(d.file.createdOn),
            });
      case 'refused':
        return t(`region.import.outcome.${d.reason}`, {
          school: d.about?.school ?? '',
          year: d.about === undefined ? '' : schoolYearName(d.about.from),
        });
    }
  };
}

function ReplaceButton({
  decision,
  onReplaced,
}: {
  readonly decision: Extract<ImportDecision, { kind: 'newer' }>;
  readonly onReplaced: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const { attempt, busy, failed } = useSaveAttempt();
  const replace = async (): Promise<void> => {
    const outcome = await attempt(() => replaceSchoolFigures(session, decision, todayIso()));
    if (outcome === 'saved') onReplaced();
  };
  return (
    <>
      <Button
        size="small"
        variant="outlined"
        disabled={busy}
        onClick={() => void replace()}
        aria-label={t('region.import.replaceLabel', { name: decision.name })}
        sx={{ ml: 1 }}
      >
        {t('region.import.replace')}
      </Button>
      {failed ? <Typography role="alert">{t('region.import.failed')}</Typography> : null}
    </>
  );
}

function ImportResult({
  decisions,
  added,
  onClose,
}: {
  readonly decisions: readonly ImportDecision[];
  readonly added: number;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const text = useOutcomeText();
  const [replaced, setReplaced] = useState<ReadonlySet<number>>(new Set());
  return (
    <MessageDialog
      title={t('region.import.title')}
      closeLabel={t('region.import.close')}
      onClose={onClose}
    >
      <Typography>
        {added + replaced.size > 0
          ? t('region.import.summary', { count: added + replaced.size })
          : t('region.import.none')}
      </Typography>
      <Box component="ul" data-testid="figures-import-result" sx={{ my: 0, pl: 3 }}>
        {decisions.map((d, i) => (
          <li key={i}>
            <strong>{d.name}</strong>: {text(d, replaced.has(i))}
            {d.kind === 'newer' && !replaced.has(i) ? (
              <ReplaceButton
                decision={d}
                onReplaced={() => setReplaced(new Set([...replaced, i]))}
              />
            ) : null}
          </li>
        ))}
      </Box>
    </MessageDialog>
  );
}

export function RegionImport() {
  const { t } = useTranslation();
  const host = useHost();
  const session = useSession();
  const { attempt, busy, failed } = useSaveAttempt();
  const [result, setResult] = useState<{
    readonly decisions: readonly ImportDecision[];
    readonly added: number;
  } | null>(null);
  const choose = async (): Promise<void> => {
    await attempt(async () => {
      const decisions = await chooseFiguresFiles(host, session, t('region.import.fileFilter'));
      if (decisions.length === 0) return;
      const added = await storeAddedFigures(session, decisions, todayIso());
      setResult({ decisions, added });
    });
  };
  return (
    <Box>
      <Button variant="contained" disabled={busy} onClick={() => void choose()}>
        {t('region.import.button')}
      </Button>
      {failed ? (
        <Typography role="alert" sx={{ mt: 1 }}>
          {t('region.import.failed')}
        </Typography>
      ) : null}
      {result !== null ? (
        <ImportResult
          decisions={result.decisions}
          added={result.added}
          onClose={() => setResult(null)}
        />
      ) : null}
    </Box>
  );
}
