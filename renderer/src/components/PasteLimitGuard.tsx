// Runs in: renderer.
//
// One guard for every text field with a limit (issue 12, point 8): a paste that would not
// fit is refused, never cut quietly, and a message says how long the text is, how much room
// the field has, and that the text is still on the clipboard. Mounted once in the frame and
// listening on the document, so no field needs its own version. A field inside a modal
// dialog gets the message inside that dialog: aria-modal hides everything outside it from
// screen readers, so a message in the frame would not be read.
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { useTranslation } from 'react-i18next';
import { pasteOverflow, type PasteCheck } from './pasteLimit';

export function PasteLimitGuard() {
  const { t, i18n } = useTranslation();
  const [refused, setRefused] = useState<PasteCheck | null>(null);
  /** The dialog holding the refused field, or null for a field outside any dialog. */
  const [within, setWithin] = useState<Element | null>(null);
  useEffect(() => {
    const onPaste = (event: ClipboardEvent): void => {
      const field = event.target;
      if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      const overflow = pasteOverflow(field, text);
      if (overflow === undefined) return;
      event.preventDefault();
      setRefused(overflow);
      setWithin(field.closest('[role="dialog"], [role="alertdialog"]'));
    };
    document.addEventListener('paste', onPaste, true);
    return () => document.removeEventListener('paste', onPaste, true);
  }, []);
  const number = (n: number): string => n.toLocaleString(i18n.language);
  const message = (
    <Snackbar
      open={refused !== null}
      onClose={(_event, reason) => reason !== 'clickaway' && setRefused(null)}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert severity="warning" role="alert" onClose={() => setRefused(null)}>
        {refused === null
          ? ''
          : t('typing.paste.refused', {
              pasted: number(refused.pasted),
              room: number(refused.room),
              max: number(refused.max),
            })}
      </Alert>
    </Snackbar>
  );
  // A dialog closed since then is no longer in the document: show the message in the frame.
  return within !== null && within.isConnected ? createPortal(message, within) : message;
}
