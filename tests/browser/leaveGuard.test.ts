// Runs in: Chromium (Vitest browser mode): the real hooks in a real DOM with a real location hash.
//
// Unsaved settings (renderer/src/app/unsavedForms.ts, useLeaveGuard.ts): a move to another
// area waits while a form holds an unsaved change, the address is put back, and the user
// chooses; a lock or window close (flushPendingWrites) saves the form; a clean form never
// holds anything back. The screens themselves: tests/e2e/security.spec.ts "unsaved settings …".
import { createElement, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { flushPendingWrites, hasPendingWrites } from '../../renderer/src/app/pendingWrites';
import { useHashRoute } from '../../renderer/src/app/router';
import { useUnsavedForm } from '../../renderer/src/app/unsavedForms';
import { useLeaveGuard } from '../../renderer/src/app/useLeaveGuard';

let root: Root | undefined;
afterEach(() => {
  root?.unmount();
  root = undefined;
  document.body.innerHTML = '';
  window.history.replaceState(null, '', '#');
});

/** A settings form: one field, saved into `stored` by the flush. */
function TermForm({ stored }: { readonly stored: string[] }) {
  const [value, setValue] = useState('');
  useUnsavedForm('Bewaartermijn', value !== '', () => {
    stored.push(value);
    return Promise.resolve();
  });
  return createElement('input', {
    'aria-label': 'Jaren',
    value,
    onChange: (event: { target: { value: string } }) => setValue(event.target.value),
  });
}

/** The frame: the guarded route, the form in Instellingen, and the question. */
function Frame({ stored }: { readonly stored: string[] }) {
  const [route] = useHashRoute();
  const { shown, held, stay, leave } = useLeaveGuard(route);
  return createElement(
    'div',
    null,
    createElement('h1', null, shown.area),
    shown.area === 'instellingen' ? createElement(TermForm, { stored }) : null,
    held === null
      ? null
      : createElement(
          'div',
          { role: 'dialog' },
          createElement('p', null, held.sections.join(', ')),
          createElement('button', { onClick: stay }, 'Blijven'),
          createElement('button', { onClick: leave }, 'Verder zonder opslaan'),
        ),
  );
}

async function show(stored: string[]): Promise<void> {
  window.history.replaceState(null, '', '#/instellingen');
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  root.render(createElement(Frame, { stored }));
  await expect.poll(() => document.querySelector('h1')?.textContent).toBe('instellingen');
}

const field = (): HTMLInputElement => {
  const element = document.querySelector('input[aria-label="Jaren"]');
  if (!(element instanceof HTMLInputElement)) throw new Error('no field');
  return element;
};
const button = (name: string): HTMLButtonElement => {
  const found = [...document.querySelectorAll('button')].find((b) => b.textContent === name);
  if (found === undefined) throw new Error(`no button ${name}`);
  return found;
};

it('holds a move away from an unsaved form back and asks; staying keeps it, a flush saves it, leaving drops it', async () => {
  const stored: string[] = [];
  await show(stored);
  await userEvent.fill(field(), '3');
  expect(hasPendingWrites()).toBe(true);

  window.location.hash = '#/overzicht';
  await expect
    .poll(() => document.querySelector('[role="dialog"]')?.textContent)
    .toContain('Bewaartermijn');
  expect(document.querySelector('h1')?.textContent).toBe('instellingen');
  await expect.poll(() => window.location.hash).toBe('#/instellingen');
  expect(field().value).toBe('3');

  await userEvent.click(button('Blijven'));
  await expect.poll(() => document.querySelector('[role="dialog"]')).toBeNull();
  expect(field().value).toBe('3');
  // The lock and the window close run the flush: the form is saved as its button would.
  await flushPendingWrites();
  expect(stored).toEqual(['3']);

  window.location.hash = '#/leerlingen';
  await expect.poll(() => document.querySelector('[role="dialog"]')).not.toBeNull();
  await userEvent.click(button('Verder zonder opslaan'));
  await expect.poll(() => document.querySelector('h1')?.textContent).toBe('leerlingen');
  expect(window.location.hash).toBe('#/leerlingen');
  expect(hasPendingWrites()).toBe(false);
  await flushPendingWrites();
  expect(stored).toEqual(['3']);
});

it('lets a move go at once when nothing is unsaved', async () => {
  await show([]);
  expect(hasPendingWrites()).toBe(false);
  window.location.hash = '#/overzicht';
  await expect.poll(() => document.querySelector('h1')?.textContent).toBe('overzicht');
  expect(document.querySelector('[role="dialog"]')).toBeNull();
});
