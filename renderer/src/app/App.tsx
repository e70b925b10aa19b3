// Runs in: renderer.
//
// The providers around the frame: the Host, translations, the localized theme, the root
// error boundary and the vault. The vault gate decides whether the frame is shown at all:
// nothing of the app is mounted while the vault is locked.
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { HostProvider } from '../host/HostContext';
import type { Host } from '../host/Host';
import { AppFrame } from './AppFrame';
import { ErrorBoundary } from './ErrorBoundary';
import { useCloseRequests } from './useCloseRequests';
import { LocalizedThemeProvider } from './LocalizedThemeProvider';
import { VaultGate } from '../security/VaultGate';
import { VaultProvider, type AppVaultService } from '../security/VaultProvider';

export interface AppProps {
  readonly host: Host;
  readonly i18n: I18n;
  readonly vault: AppVaultService;
}

export function App({ host, i18n, vault }: AppProps) {
  useCloseRequests(host);
  return (
    <HostProvider host={host}>
      <I18nextProvider i18n={i18n}>
        <LocalizedThemeProvider>
          <ErrorBoundary scope="root">
            <VaultProvider service={vault}>
              <VaultGate>
                {(toolbarActions) => <AppFrame toolbarActions={toolbarActions} />}
              </VaultGate>
            </VaultProvider>
          </ErrorBoundary>
        </LocalizedThemeProvider>
      </I18nextProvider>
    </HostProvider>
  );
}
