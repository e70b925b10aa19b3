// Runs in: Electron main process.
//
// The entry point: wiring only. Every decision lives in a tested module next to this file
// (protocol, security, ipc, handlers, window, fileArgs, settingsStore); this file connects
// them to Electron's objects in the order Electron requires.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  powerMonitor,
  protocol,
  safeStorage,
  screen,
  session,
  type Session,
} from 'electron';
import Store from 'electron-store';
import type { HostEvent } from '../../shared/ipc/contract';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings/schema';
import { nodeFileAccess } from './fileAccess';
import { acceptFiles, filesFromArgv, PendingFiles } from './fileArgs';
import { createIpcHandlers } from './handlers';
import { createKeystore } from './handlers/keystore';
import { guardWindowClose, type CloseGuard } from './closeGuard';
import { refusedSwitches, REFUSED_START_MESSAGE } from './commandLine';
import { DialogFolders } from './dialogFolders';
import { sendHostEvent, wirePowerEvents } from './hostEvents';
import { registerIpcHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { hardenSession, hardenWebContents } from './security';
import { createSettingsStore, ELECTRON_STORE_OPTIONS, type SettingsStore } from './settingsStore';
import { createMainWindow } from './window';

// Build layout (electron/build.mjs, vite.config.ts): dist/electron/{main.js,preload.cjs}, dist/renderer/.
const here = path.dirname(fileURLToPath(import.meta.url));
const PRELOAD_PATH = path.join(here, 'preload.cjs');
const RENDERER_ROOT = path.join(here, '..', 'renderer');

// A packaged app started with a debugger or security switch stops here, before anything else.
const refused = app.isPackaged
  ? refusedSwitches(process.argv, process.platform, (name) => app.commandLine.hasSwitch(name))
  : [];
if (refused.length > 0) {
  dialog.showErrorBox(REFUSED_START_MESSAGE.title, REFUSED_START_MESSAGE.body);
  app.exit(1);
} else {
  // Both must happen before `ready`.
  registerAppScheme(protocol);
  app.enableSandbox();

  if (app.requestSingleInstanceLock()) {
    start();
  } else {
    // Another instance runs; it received our argv through 'second-instance'.
    app.quit();
  }
}

function start(): void {
  const pendingFiles = new PendingFiles();
  let mainWindow: BrowserWindow | null = null;
  let closeGuard: CloseGuard | null = null;

  const send = (event: HostEvent): boolean =>
    mainWindow !== null && !mainWindow.isDestroyed()
      ? sendHostEvent(mainWindow.webContents, event)
      : false;
  const receiveFiles = (paths: readonly string[], workingDirectory: string): void => {
    if (paths.length === 0) return;
    void acceptFiles(paths, workingDirectory, {
      files: nodeFileAccess,
      pending: pendingFiles,
      send,
    });
  };
  const focusWindow = (): void => {
    if (mainWindow === null || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  };

  const hardenedSessions = new WeakSet<Session>();
  const hardenSessionOnce = (target: Session): void => {
    if (hardenedSessions.has(target)) return;
    hardenedSessions.add(target);
    hardenSession(target);
  };

  // Every web contents, including any the app never meant to create, gets the same policy.
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents);
    hardenSessionOnce(contents.session);
  });

  // Files given at first launch wait until the renderer asks for them.
  receiveFiles(filesFromArgv(process.argv), process.cwd());

  app.on('second-instance', (_event, argv, workingDirectory) => {
    receiveFiles(filesFromArgv(argv), workingDirectory);
    focusWindow();
  });

  // macOS delivers double-clicked files this way, possibly before `ready`.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    receiveFiles(filesFromArgv([filePath]), process.cwd());
    focusWindow();
  });

  // A quit closes the window first; the close guard holds that back until the renderer has
  // flushed, so the quit is repeated once the window is gone.
  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    hardenSessionOnce(session.defaultSession);
    handleAppProtocol(protocol, RENDERER_ROOT);

    const settings = openSettings();
    registerIpcHandlers(
      ipcMain,
      createIpcHandlers({
        appInfo: {
          version: app.getVersion(),
          platform: process.platform,
          isPackaged: app.isPackaged,
        },
        settings,
        files: nodeFileAccess,
        folders: new DialogFolders(documentsFolder()),
        dialogs: {
          showSaveDialog: (options) =>
            mainWindow !== null
              ? dialog.showSaveDialog(mainWindow, options)
              : dialog.showSaveDialog(options),
          showOpenDialog: (options) =>
            mainWindow !== null
              ? dialog.showOpenDialog(mainWindow, options)
              : dialog.showOpenDialog(options),
        },
        print: () =>
          new Promise<boolean>((resolve) => {
            if (mainWindow === null || mainWindow.isDestroyed()) {
              resolve(false);
              return;
            }
            mainWindow.webContents.print({ silent: false, printBackground: true }, (success) =>
              resolve(success),
            );
          }),
        pendingFiles,
        keystore: createKeystore(safeStorage, process.platform),
        confirmClose: () => closeGuard?.confirm(),
      }),
    );

    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({ platform: process.platform, isPackaged: app.isPackaged }),
      ),
    );
    wirePowerEvents(powerMonitor, send);

    const openWindow = (): void => {
      const primary = screen.getPrimaryDisplay();
      const workAreas = [
        primary,
        ...screen.getAllDisplays().filter((d) => d.id !== primary.id),
      ].map((d) => d.workArea);
      const win = createMainWindow({
        BrowserWindow,
        preloadPath: PRELOAD_PATH,
        savedBounds: settings.get().window,
        workAreas,
        saveBounds: (bounds) => {
          settings.setWindowBounds(bounds);
        },
        devTools: !app.isPackaged,
      });
      // A (re)loading page is not listening yet: hold opened files until it asks again.
      win.webContents.on('did-start-navigation', (details) => {
        if (details.isMainFrame && !details.isSameDocument) pendingFiles.rendererReset();
      });
      win.on('closed', () => {
        if (mainWindow === win) {
          mainWindow = null;
          closeGuard = null;
        }
        // The held-back close swallowed a quit (Cmd+Q, the menu): finish it now.
        if (quitting) app.quit();
      });
      mainWindow = win;
      closeGuard = guardWindowClose(win, {
        requestFlush: () => send({ type: 'close-requested' }),
        setTimer: (callback, ms) => setTimeout(callback, ms),
        clearTimer: (timer) => clearTimeout(timer),
      });
    };

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
    openWindow();
  });
}

/** The settings file; electron-store's own sync IPC channel is removed (nothing may use it). */
function openSettings(): SettingsStore {
  const store = new Store<Settings>({ ...ELECTRON_STORE_OPTIONS, defaults: DEFAULT_SETTINGS });
  // electron-store registers 'electron-store-get-data' for renderer-side stores. Our renderer
  // is sandboxed without raw IPC, but a listener nobody needs is one listener too many.
  ipcMain.removeAllListeners('electron-store-get-data');
  return createSettingsStore(store);
}

function documentsFolder(): string {
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}
