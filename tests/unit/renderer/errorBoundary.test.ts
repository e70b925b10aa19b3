// Runs in: Node (Vitest).
//
// The error screen never shows the error's own text (it may hold personal data): only a
// short, stable code, the reassurance and the two ways out.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { errorCodeFor } from '../../../renderer/src/app/errorCode';
import { ErrorBoundary } from '../../../renderer/src/app/ErrorBoundary';
import { ErrorFallback } from '../../../renderer/src/app/ErrorFallback';
import { HostError } from '../../../renderer/src/host/Host';
import { createI18n } from '../../../renderer/src/i18n';

const SECRET = 'Fleur de Vries, 12-03-2015';

function failingError(): Error {
  return new TypeError(`Cannot read properties of undefined (reading '${SECRET}')`);
}

describe('errorCodeFor', () => {
  it('is short, stable for the same fault and free of the message', () => {
    const a = errorCodeFor(failingError());
    const b = errorCodeFor(failingError());
    expect(a).toMatch(/^ZT-T-[0-9A-F]{4}$/);
    expect(a).toBe(b);
    expect(a).not.toContain('Fleur');
  });

  it('depends on where the error happened, not on what it says', () => {
    const one = new RangeError('about pupil A');
    const other = new RangeError('about pupil B');
    other.stack = `RangeError: about pupil B\n${(one.stack ?? '').split('\n').slice(1).join('\n')}`;
    expect(errorCodeFor(one)).toBe(errorCodeFor(other));
  });

  it('shows Host error codes and handles non-errors', () => {
    expect(errorCodeFor(new HostError('ipc.invalid-response', 'x'))).toBe(
      'ZT-H-ipc.invalid-response',
    );
    expect(errorCodeFor(SECRET)).toBe('ZT-X-0000');
  });
});

describe('ErrorBoundary', () => {
  it('derives only the code from a caught error', () => {
    const state = ErrorBoundary.getDerivedStateFromError(failingError());
    expect(state.code).toMatch(/^ZT-T-/);
    expect(JSON.stringify(state)).not.toContain('Fleur');
  });

  it('renders the Dutch and English fallback with the code and without the error text', async () => {
    const code = errorCodeFor(failingError());
    for (const [language, title, retry] of [
      ['nl', 'Er ging iets mis in dit scherm', 'Opnieuw proberen'],
      ['en', 'Something went wrong on this screen', 'Try again'],
    ] as const) {
      const i18n = await createI18n(language);
      const html = renderToStaticMarkup(
        createElement(
          I18nextProvider,
          { i18n },
          createElement(ErrorFallback, { code, scope: 'area', onRetry: () => undefined }),
        ),
      );
      expect(html).toContain(title);
      expect(html).toContain(retry);
      expect(html).toContain(code);
      expect(html).not.toContain('Fleur');
      expect(html).not.toContain('<main');
    }
  });

  it('brings its own <main> landmark at the root', async () => {
    const i18n = await createI18n('nl');
    const html = renderToStaticMarkup(
      createElement(
        I18nextProvider,
        { i18n },
        createElement(ErrorFallback, {
          code: 'ZT-E-0001',
          scope: 'root',
          onRetry: () => undefined,
        }),
      ),
    );
    expect(html).toMatch(/<main[^>]*id="main"/);
    expect(html).toContain('Herladen');
  });
});
