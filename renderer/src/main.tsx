// Runs in: renderer.
//
// Entry point: picks the Host, reads the stored language so the first paint is already in
// the right language, and mounts the app. React's error reporting is replaced by one that
// reports only a short error code, because error messages may contain personal data.
import { StrictMode } from 'react';
import { createRoot, type ErrorInfo } from 'react-dom/client';
import { z } from 'zod';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import { App } from './app/App';
import { errorCodeFor } from './app/errorCode';
import { createHost } from './host/createHost';
import { createI18n } from './i18n';
import { VaultService } from './vault';
import { APP_RECORD_REGISTRY } from '../../shared/records/catalog';

// zod would otherwise probe for eval() support, which the CSP forbids (and reports).
z.config({ jitless: true });

/**
 * Reports a crashed screen as an uncaught error carrying only the short code, never the
 * original message or component stack (they may contain personal data). reportError makes it
 * visible in the developer console and to the end-to-end tests, which fail on page errors.
 */
function reportUiError(error: unknown, _info: ErrorInfo): void {
  globalThis.reportError(new Error(`Zorgtafel: a screen failed (${errorCodeFor(error)})`));
}

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (container === null) throw new Error('index.html has no #root element');
  const host = createHost();
  // A settings failure must not keep the app from starting: fall back to Dutch.
  const language = await host.getSettings().then(
    (settings) => settings.language,
    () => DEFAULT_SETTINGS.language,
  );
  const i18n = await createI18n(language);
  const info = await host.appInfo().catch(() => ({ version: '0.0.0' }));
  const vault = new VaultService({ registry: APP_RECORD_REGISTRY, appVersion: info.version });
  createRoot(container, {
    onCaughtError: reportUiError,
    onUncaughtError: reportUiError,
  }).render(
    <StrictMode>
      <App host={host} i18n={i18n} vault={vault} />
    </StrictMode>,
  );
}

void start();
