// Runs in: Chromium (Vitest browser mode): the real guard and form dialog in a real DOM.
//
// Issue 12, point 8: a paste over a field's limit is refused with a message. In a modal
// dialog (aria-modal) everything outside the dialog is hidden from screen readers, so the
// message of a field in a dialog must be rendered inside that dialog, where a query by role
// within the dialog (as a screen reader's view of it) finds it.
import { createElement, Fragment } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import TextField from '@mui/material/TextField';
import { afterEach, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { FormDialog } from '../../renderer/src/components/FormDialog';
import { PasteLimitGuard } from '../../renderer/src/components/PasteLimitGuard';
import { createI18n } from '../../renderer/src/i18n';

let root: Root | undefined;
afterEach(() => {
  root?.unmount();
  document.body.innerHTML = '';
});

/** Dispatches a paste of `text` on `field` as the clipboard would; true when it was refused. */
function paste(field: HTMLElement, text: string): boolean {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  return !field.dispatchEvent(
    new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
  );
}

it('shows the refusal of a paste into a dialog field inside that dialog, found by role there', async () => {
  const i18n = await createI18n('nl');
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  const dialog = createElement(FormDialog, {
    title: 'Gebeurtenis toevoegen',
    dirty: false,
    onClose: () => undefined,
    onSubmit: () => undefined,
    children: createElement(TextField, {
      label: 'Tekst',
      defaultValue: 'Kort.',
      slotProps: { htmlInput: { maxLength: 20 } },
    }),
  });
  root.render(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(Fragment, null, createElement(PasteLimitGuard), dialog),
    ),
  );
  const inDialog = page.getByRole('dialog', { name: 'Gebeurtenis toevoegen' });
  const field = inDialog.getByRole('textbox', { name: 'Tekst' });
  await expect.element(field).toBeVisible();
  expect(paste(field.element() as HTMLElement, 'Zoë '.repeat(10))).toBe(true);
  await expect
    .element(inDialog.getByRole('alert'))
    .toHaveTextContent(
      'Niet geplakt: de tekst is 40 tekens lang en in dit veld is nog plaats voor 15 (maximaal 20).',
    );
  await expect.element(field).toHaveValue('Kort.');
});
