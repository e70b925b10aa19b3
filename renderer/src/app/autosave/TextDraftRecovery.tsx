// Runs in: renderer.
//
// After an unlock, offers back the text of dialogs that were never saved or cancelled: the
// window was killed, the computer lost power, the tab crashed (issue 12, point 5). One draft
// at a time: Herstellen opens its dialog again with the text (draftRestore.ts), Weggooien
// deletes it. Esc leaves it for the next unlock. Only drafts that existed at the unlock are
// offered: the ones of dialogs open now are not lost work.
import { useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';
import { displayName } from '../../../../shared/domain/pupil';
import type { TextDraft } from '../../../../shared/records/textDraft';
import { formatDate } from '../../i18n/dates';
import { useLanguage } from '../../i18n/useLanguage';
import { useSession } from '../../security/VaultProvider';
import { useHashRoute } from '../router';
import { requestDraftRestore } from './draftRestore';

export function TextDraftRecovery() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const [, navigate] = useHashRoute();
  // Newest first; drafts of a case that no longer exists have nothing to go back to.
  const [offered, setOffered] = useState<readonly TextDraft[]>(() =>
    session.records
      .list('text.draft')
      .filter((d) => session.records.get('case', d.caseId) !== undefined)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
  );
  const [failed, setFailed] = useState(false);
  const draft = offered[0];
  if (draft === undefined) return null;
  const zorgdossier = session.records.get('case', draft.caseId);
  const pupil =
    zorgdossier === undefined ? undefined : session.records.get('pupil', zorgdossier.pupilId);
  const next = (): void => {
    setFailed(false);
    setOffered((list) => list.slice(1));
  };

  const restore = (): void => {
    setOffered([]);
    if (zorgdossier === undefined) return;
    navigate({ area: 'leerlingen', path: [zorgdossier.pupilId, 'dossier', zorgdossier.id] });
    requestDraftRestore(draft);
  };
  const throwAway = (): void => {
    session.records.delete('text.draft', draft.id).then(next, () => setFailed(true));
  };

  return (
    <Dialog
      open
      onClose={() => setOffered([])}
      aria-labelledby="text-draft-recovery-title"
      aria-describedby="text-draft-recovery-text"
    >
      <DialogTitle id="text-draft-recovery-title" component="h2">
        {t('typing.recovery.title')}
      </DialogTitle>
      <DialogContent>
        <DialogContentText id="text-draft-recovery-text">
          {t('typing.recovery.text', {
            what: t(`typing.recovery.kinds.${draft.kind}`),
            name: pupil === undefined ? '' : displayName(pupil),
            when: formatDate(new Date(draft.updatedAt), language, 'long'),
          })}
        </DialogContentText>
        {failed ? (
          <DialogContentText role="alert">{t('typing.recovery.discardFailed')}</DialogContentText>
        ) : null}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5 }}>
        <Button onClick={throwAway}>{t('typing.recovery.discard')}</Button>
        <Button variant="contained" onClick={restore} autoFocus>
          {t('typing.recovery.restore')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
