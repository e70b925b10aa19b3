// Runs in: Chromium (Vitest browser mode): the real dialog component in a real DOM.
//
// The one form dialog (renderer/src/components/FormDialog.tsx) takes the user to the first
// field the save refused, is named by its title, and submits on Enter.
import { createElement, Fragment, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import TextField from '@mui/material/TextField';
import { afterEach, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { FormDialog } from '../../renderer/src/components/FormDialog';
import { createI18n } from '../../renderer/src/i18n';

let root: Root | undefined;
afterEach(() => {
  root?.unmount();
  document.body.innerHTML = '';
});

/** Two fields; a save refuses the second one when it is empty. */
function TwoFieldDialog({ onSaved }: { readonly onSaved: () => void }) {
  const [name, setName] = useState('Noor');
  const [role, setRole] = useState('');
  const [roleError, setRoleError] = useState(false);
  const field = (label: string, value: string, set: (value: string) => void, error: boolean) =>
    createElement(TextField, {
      label,
      value,
      onChange: (event: { target: { value: string } }) => set(event.target.value),
      error,
      helperText: error ? 'Vul dit in.' : undefined,
    });
  return createElement(FormDialog, {
    title: 'Contactpersoon',
    dirty: true,
    onClose: () => undefined,
    onSubmit: () => {
      setRoleError(role.trim() === '');
      if (role.trim() !== '') onSaved();
    },
    children: createElement(
      Fragment,
      null,
      field('Naam', name, setName, false),
      field('Rol', role, setRole, roleError),
    ),
  });
}

async function show(onSaved: () => void): Promise<void> {
  const i18n = await createI18n('nl');
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  root.render(createElement(I18nextProvider, { i18n }, createElement(TwoFieldDialog, { onSaved })));
  await expect.poll(() => document.querySelector('[role="dialog"]')).not.toBeNull();
}

const input = (label: string): HTMLInputElement => {
  const found = [...document.querySelectorAll('label')].find((l) =>
    l.textContent?.startsWith(label),
  );
  const element = found === undefined ? null : document.getElementById(found.htmlFor);
  if (!(element instanceof HTMLInputElement)) throw new Error(`no field ${label}`);
  return element;
};

it('moves the focus to the first refused field when Enter submits an invalid form', async () => {
  let saved = 0;
  await show(() => (saved += 1));
  input('Naam').focus();
  await userEvent.keyboard('{Enter}');
  await expect.poll(() => document.activeElement).toBe(input('Rol'));
  expect(input('Rol').getAttribute('aria-invalid')).toBe('true');
  expect(saved).toBe(0);
  await userEvent.keyboard('zorgcoördinator{Enter}');
  await expect.poll(() => saved).toBe(1);
});

it('is named by its title', async () => {
  await show(() => undefined);
  const dialog = document.querySelector('[role="dialog"]');
  const labelledBy = dialog?.getAttribute('aria-labelledby') ?? '';
  expect(document.getElementById(labelledBy)?.textContent).toBe('Contactpersoon');
});
