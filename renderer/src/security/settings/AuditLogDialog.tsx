// Runs in: renderer.
//
// The audit trail, full screen: a table of entries, newest first, 50 per page (decrypted page
// by page, so a long trail stays quick), and "Logboek controleren", which checks the whole
// hash chain against the head kept in the encrypted vault metadata and says in plain words
// what is wrong and where. Entries never hold content; ids are shortened to stay readable.
import { useCallback, useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import VerifiedUser from '@mui/icons-material/VerifiedUser';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { VISUALLY_HIDDEN_CLASS } from '../../theme';
import type { AuditEntry, AuditListItem, AuditPage } from '../../vault';
import { useSession } from '../VaultProvider';
import {
  actorLabel,
  auditActionKey,
  auditDetail,
  formatDateTime,
  recordTypeKey,
  shortRecordId,
  verificationMessage,
  type VerificationMessage,
} from './auditLabels';

export const AUDIT_PAGE_SIZE = 50;

type Check =
  | { readonly kind: 'idle' | 'busy' | 'failed' }
  | { readonly kind: 'done'; readonly message: VerificationMessage };

type Loaded = { readonly offset: number; readonly outcome: AuditPage | 'failed' };

export function AuditLogDialog({
  open,
  onClose,
}: {
  readonly open: boolean;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} fullScreen aria-labelledby="audit-title">
      <DialogTitle id="audit-title">{t('security.audit.dialogTitle')}</DialogTitle>
      {/* Mounted only while open, so every opening starts on the newest page and re-reads it. */}
      <AuditLogBody onClose={onClose} />
    </Dialog>
  );
}

function AuditLogBody({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const [offset, setOffset] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [check, setCheck] = useState<Check>({ kind: 'idle' });

  useEffect(() => {
    let current = true;
    session.audit.list({ offset, limit: AUDIT_PAGE_SIZE }).then(
      (page) => {
        if (current) setLoaded({ offset, outcome: page });
      },
      () => {
        if (current) setLoaded({ offset, outcome: 'failed' });
      },
    );
    return () => {
      current = false;
    };
  }, [offset, session]);

  const verify = useCallback(async () => {
    setCheck({ kind: 'busy' });
    try {
      setCheck({ kind: 'done', message: verificationMessage(await session.audit.verify()) });
    } catch {
      setCheck({ kind: 'failed' });
    }
  }, [session]);

  const loading = loaded === null || loaded.offset !== offset;
  // While the next page loads, the previous one stays (and the buttons keep focus).
  const page = loaded !== null && loaded.outcome !== 'failed' ? loaded.outcome : null;
  const total = page?.total ?? 0;
  const shown = page?.items.length ?? 0;
  const pageOffset = loaded?.offset ?? 0;
  return (
    <>
      <DialogContent dividers>
        <Stack spacing={2}>
          <Typography color="text.secondary">{t('security.audit.description')}</Typography>
          <Button
            variant="outlined"
            onClick={() => void verify()}
            disabled={check.kind === 'busy'}
            startIcon={
              check.kind === 'busy' ? (
                <CircularProgress size={18} color="inherit" />
              ) : (
                <VerifiedUser />
              )
            }
            sx={{ alignSelf: 'flex-start' }}
          >
            {check.kind === 'busy'
              ? t('security.audit.verify.busy')
              : t('security.audit.verify.button')}
          </Button>
          <VerifyResult check={check} />
          {loading && (
            <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }} role="status">
              <CircularProgress size={20} />
              <span>{t('security.audit.loading')}</span>
            </Stack>
          )}
          {loaded?.outcome === 'failed' && (
            <Alert severity="error" role="alert">
              {t('security.audit.loadFailed')}
            </Alert>
          )}
          {page !== null &&
            (page.total === 0 ? (
              <Typography>{t('security.audit.empty')}</Typography>
            ) : (
              <AuditTable items={page.items} />
            ))}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ justifyContent: 'space-between', flexWrap: 'wrap', gap: 1 }}>
        <Box
          component="nav"
          aria-label={t('security.audit.pagination')}
          sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}
        >
          <Button
            onClick={() => setOffset((o) => Math.max(0, o - AUDIT_PAGE_SIZE))}
            disabled={offset === 0}
          >
            {t('security.audit.previous')}
          </Button>
          <Typography variant="body2" aria-live="polite">
            {page === null || total === 0
              ? ''
              : t('security.audit.range', { from: pageOffset + 1, to: pageOffset + shown, total })}
          </Typography>
          <Button
            onClick={() => setOffset((o) => o + AUDIT_PAGE_SIZE)}
            disabled={offset + AUDIT_PAGE_SIZE >= total}
          >
            {t('security.audit.next')}
          </Button>
        </Box>
        <Button variant="contained" onClick={onClose}>
          {t('security.common.close')}
        </Button>
      </DialogActions>
    </>
  );
}

function VerifyResult({ check }: { readonly check: Check }) {
  const { t } = useTranslation();
  if (check.kind === 'failed') {
    return (
      <Alert severity="error" role="alert">
        {t('security.audit.verify.failed')}
      </Alert>
    );
  }
  if (check.kind !== 'done') return null;
  const { message } = check;
  if (message.key === 'intact') {
    return (
      <Alert severity="success" role="status">
        {t('security.audit.verify.intact', { count: message.count })}
      </Alert>
    );
  }
  return (
    <Alert severity="error" role="alert">
      <AlertTitle>{t(`security.audit.verify.${message.key}`, { seq: message.seq })}</AlertTitle>
      {t('security.audit.verify.advice')}
    </Alert>
  );
}

function AuditTable({ items }: { readonly items: readonly AuditListItem[] }) {
  const { t } = useTranslation();
  return (
    <TableContainer>
      <Table size="small">
        <caption className={VISUALLY_HIDDEN_CLASS}>{t('security.audit.caption')}</caption>
        <TableHead>
          <TableRow>
            <TableCell scope="col">{t('security.audit.columns.seq')}</TableCell>
            <TableCell scope="col">{t('security.audit.columns.at')}</TableCell>
            <TableCell scope="col">{t('security.audit.columns.actor')}</TableCell>
            <TableCell scope="col">{t('security.audit.columns.action')}</TableCell>
            <TableCell scope="col">{t('security.audit.columns.recordType')}</TableCell>
            <TableCell scope="col">{t('security.audit.columns.recordId')}</TableCell>
            <TableCell scope="col">{t('security.audit.columns.detail')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((item) =>
            item.entry === null ? (
              <TableRow key={item.seq} data-testid="audit-row">
                <TableCell>{item.seq}</TableCell>
                <TableCell colSpan={6}>
                  <Typography component="span" sx={{ fontWeight: 600, color: 'error.main' }}>
                    {t('security.audit.unreadable')}
                  </Typography>{' '}
                  <Typography component="span" variant="body2">
                    {t('security.audit.unreadableHelp')}
                  </Typography>
                </TableCell>
              </TableRow>
            ) : (
              <EntryRow key={item.seq} entry={item.entry} />
            ),
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function EntryRow({ entry }: { readonly entry: AuditEntry }) {
  const { t } = useTranslation();
  const session = useSession();
  const { language } = useLanguage();
  const actor = actorLabel(entry.actor);
  const typeKey = entry.recordType === undefined ? null : recordTypeKey(entry.recordType);
  let who: string;
  if (actor.kind === 'owner') {
    try {
      who = session.profile.userName;
    } catch {
      who = entry.actor;
    }
  } else who = actor.kind === 'unknown' ? t('security.audit.unknownActor') : actor.id;
  return (
    <TableRow data-testid="audit-row">
      <TableCell>{entry.seq}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at, language)}</TableCell>
      <TableCell>{who}</TableCell>
      <TableCell>{t(`security.audit.actions.${auditActionKey(entry.action)}`)}</TableCell>
      <TableCell>
        {entry.recordType === undefined
          ? t('security.audit.none')
          : typeKey === null
            ? entry.recordType
            : t(`security.audit.recordTypes.${typeKey}`)}
      </TableCell>
      <TableCell sx={{ fontFamily: 'ui-monospace, Consolas, monospace' }} title={entry.recordId}>
        {entry.recordId === undefined ? t('security.audit.none') : shortRecordId(entry.recordId)}
      </TableCell>
      <TableCell>
        {entry.detail === undefined ? (
          t('security.audit.none')
        ) : (
          <DetailText detail={entry.detail} />
        )}
      </TableCell>
    </TableRow>
  );
}

function DetailText({ detail }: { readonly detail: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const parsed = auditDetail(detail);
  if (parsed.kind === 'raw') return <span lang="zxx">{parsed.text}</span>;
  if (parsed.key === 'earlierFailures')
    return <>{t('security.audit.details.earlierFailures', { count: parsed.count })}</>;
  if (parsed.key === 'backupOf')
    return (
      <>{t('security.audit.details.backupOf', { date: formatDateTime(parsed.at, language) })}</>
    );
  return <>{t(`security.audit.details.${parsed.key}`)}</>;
}
