// Runs in: renderer.
//
// The application frame: skip link, top bar, side navigation and the <main> landmark with
// the current area. Exported apart from App (which only sets up providers) so that the
// vault can later wrap it: <VaultGate><AppFrame /></VaultGate>.
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Toolbar from '@mui/material/Toolbar';
import { APP_TITLE, areaWindowTitle } from '../../../shared/security/windowTitle';
import { NO_PRINT_CLASS } from '../theme';
import { AppHeader } from './AppHeader';
import { TextDraftRecovery } from './autosave/TextDraftRecovery';
import { PasteLimitGuard } from '../components/PasteLimitGuard';
import { AREAS } from './areas';
import { ResumeMeeting } from '../areas/overleggen/run/ResumeMeeting';
import { OpenSharedFile } from '../sharing/OpenSharedFile';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorBoundary } from './ErrorBoundary';
import { Navigation } from './Navigation';
import { useHashRoute } from './router';
import { MAIN_ID, SkipLink } from './SkipLink';
import { useAreaShortcuts } from './useAreaShortcuts';
import { useLeaveGuard } from './useLeaveGuard';

export interface AppFrameProps {
  /** Buttons for the right side of the top bar (privacy screen, lock). */
  readonly toolbarActions?: ReactNode;
}

export function AppFrame({ toolbarActions }: AppFrameProps) {
  const { t } = useTranslation();
  const [hashRoute, navigate] = useHashRoute();
  useAreaShortcuts(navigate);
  // The route shown: a move away from unsaved settings waits for the user's answer.
  const { shown: route, held, stay, leave } = useLeaveGuard(hashRoute);
  const mainRef = useRef<HTMLElement>(null);
  const shownArea = useRef(route.area);

  // After switching areas, put focus on the new page's heading so screen readers announce it
  // and Tab continues from the content. Not on first load: then Tab must reach the skip link.
  useEffect(() => {
    if (shownArea.current === route.area) return;
    shownArea.current = route.area;
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [route.area]);

  // The document title names the area only, never a record ("Leerlingen – Zorgtafel"; the
  // main process refuses any other title). Locked, the frame is gone and it is "Zorgtafel".
  const areaTitle = t(`areas.${route.area}.title`);
  useEffect(() => {
    document.title = areaWindowTitle(areaTitle);
  }, [areaTitle]);
  useEffect(
    () => () => {
      document.title = APP_TITLE;
    },
    [],
  );

  const { Screen } = AREAS[route.area];
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <SkipLink />
      <ResumeMeeting />
      <TextDraftRecovery />
      <PasteLimitGuard />
      <OpenSharedFile />
      {held === null ? null : (
        <ConfirmDialog
          title={t('typing.unsavedForms.title')}
          text={t('typing.unsavedForms.text', {
            sections: held.sections
              .map((section) => t('typing.unsavedForms.section', { section }))
              .join(', '),
          })}
          confirmLabel={t('typing.unsavedForms.leave')}
          cancelLabel={t('typing.unsavedForms.stay')}
          onClose={stay}
          onConfirm={() => {
            leave();
            return Promise.resolve();
          }}
        />
      )}
      <AppHeader toolbarActions={toolbarActions} />
      <Navigation current={route.area} />
      <Box
        component="main"
        id={MAIN_ID}
        ref={mainRef}
        tabIndex={-1}
        sx={{ flexGrow: 1, minWidth: 0, px: { xs: 3, md: 5 }, pb: 6 }}
      >
        <Toolbar className={NO_PRINT_CLASS} sx={{ mb: 4 }} />
        {/* Keyed by area: a crashed screen recovers when the user goes elsewhere. */}
        <ErrorBoundary key={route.area} scope="area">
          <Screen />
        </ErrorBoundary>
      </Box>
    </Box>
  );
}
