// Runs in: renderer.
//
// The providers around the frame: the Host, translations, the localized theme and the
// root error boundary. Nothing here renders UI of its own, so a vault gate can later sit
// between the providers and the frame.
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { HostProvider } from '../host/HostContext';
import type { Host } from '../host/Host';
import { AppFrame } from './AppFrame';
import { ErrorBoundary } from './ErrorBoundary';
import { LocalizedThemeProvider } from './LocalizedThemeProvider';

export interface AppProps {
  readonly host: Host;
  readonly i18n: I18n;
}

export function App({ host, i18n }: AppProps) {
  return (
    <HostProvider host={host}>
      <I18nextProvider i18n={i18n}>
        <LocalizedThemeProvider>
          <ErrorBoundary scope="root">
            <AppFrame />
          </ErrorBoundary>
        </LocalizedThemeProvider>
      </I18nextProvider>
    </HostProvider>
  );
}
