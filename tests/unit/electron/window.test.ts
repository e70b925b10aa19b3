// Runs in: Node (Vitest). The main window (options, title, bounds), the menu and host events.
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { HOST_EVENT_CHANNEL, type HostEvent } from '../../../shared/ipc/contract';
import { sendHostEvent, wirePowerEvents } from '../../../electron/main/hostEvents';
import { buildMenuTemplate } from '../../../electron/main/menu';
import { secureWebPreferences } from '../../../electron/main/security';
import {
  createMainWindow,
  restoreWindowBounds,
  WINDOW_TITLE,
  type WindowLike,
} from '../../../electron/main/window';

const SCREEN: Rectangle = { x: 0, y: 0, width: 1920, height: 1040 };

/** A fake BrowserWindow class that records the options of every window created with it. */
function fakeBrowserWindowClass() {
  const created: FakeWindow[] = [];
  class FakeWindow implements WindowLike {
    readonly listeners = new Map<
      string,
      (event: { preventDefault(): void }, title: string) => void
    >();
    readonly loaded: string[] = [];
    shown = false;
    maximized = false;
    normalBounds: Rectangle = { x: 10, y: 20, width: 1000, height: 700 };
    constructor(readonly options: BrowserWindowConstructorOptions) {
      created.push(this);
    }
    on(event: string, listener: (event: { preventDefault(): void }, title: string) => void) {
      this.listeners.set(event, listener);
      return this;
    }
    once(event: string, listener: () => void) {
      this.listeners.set(event, listener);
      return this;
    }
    show() {
      this.shown = true;
    }
    maximize() {
      this.maximized = true;
    }
    isMaximized() {
      return this.maximized;
    }
    getNormalBounds() {
      return this.normalBounds;
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    emit(event: string, title = '') {
      const preventDefault = vi.fn();
      this.listeners.get(event)?.({ preventDefault }, title);
      return preventDefault;
    }
  }
  return { FakeWindow, created };
}

function create(
  overrides: { savedBounds?: unknown; devTools?: boolean; saveBounds?: (b: unknown) => void } = {},
) {
  const { FakeWindow, created } = fakeBrowserWindowClass();
  const win = createMainWindow({
    BrowserWindow: FakeWindow,
    preloadPath: '/app/dist/electron/preload.cjs',
    savedBounds: overrides.savedBounds,
    workAreas: [SCREEN],
    saveBounds: overrides.saveBounds ?? (() => undefined),
    devTools: overrides.devTools ?? false,
  });
  return { win, created };
}

describe('createMainWindow', () => {
  it('creates every window with the secure webPreferences', () => {
    for (const devTools of [false, true]) {
      const { created } = create({ devTools });
      expect(created).toHaveLength(1);
      const prefs = created[0]?.options.webPreferences;
      expect(prefs).toEqual(secureWebPreferences('/app/dist/electron/preload.cjs', { devTools }));
      expect(prefs).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
      });
    }
  });

  it('loads the app from app://zorgtafel and shows it only when ready', () => {
    const { win } = create();
    expect(win.loaded).toEqual(['app://zorgtafel/index.html']);
    expect(win.options.show).toBe(false);
    expect(win.shown).toBe(false);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
  });

  it('lets the page set only an area title: it cannot put a name in the title bar', () => {
    const { win } = create();
    expect(win.options.title).toBe(WINDOW_TITLE);
    expect(WINDOW_TITLE).toBe('Zorgtafel');
    expect(win.emit('page-title-updated', 'Leerlingen – Zorgtafel')).not.toHaveBeenCalled();
    expect(win.emit('page-title-updated', 'Received files – Zorgtafel')).not.toHaveBeenCalled();
    expect(win.emit('page-title-updated', 'Zorgtafel')).not.toHaveBeenCalled();
    expect(win.emit('page-title-updated', 'Sem Brouwer – Zorgtafel')).toHaveBeenCalledOnce();
    expect(win.emit('page-title-updated', 'Leerlingen – Sem Brouwer')).toHaveBeenCalledOnce();
    expect(win.emit('page-title-updated', '')).toHaveBeenCalledOnce();
  });

  it('restores valid saved bounds and maximises when it was maximised', () => {
    const { win } = create({
      savedBounds: { x: 100, y: 50, width: 1200, height: 800, maximized: true },
    });
    expect(win.options).toMatchObject({ x: 100, y: 50, width: 1200, height: 800 });
    win.emit('ready-to-show');
    expect(win.maximized).toBe(true);
  });

  it('saves validated bounds on close', () => {
    const saved: unknown[] = [];
    const { win } = create({ saveBounds: (b) => saved.push(b) });
    win.normalBounds = { x: 5.4, y: 6.6, width: 900, height: 600 };
    win.emit('close');
    expect(saved).toEqual([{ x: 5, y: 7, width: 900, height: 600, maximized: false }]);
  });

  it('shows the window anyway when loading fails, so the user can quit', async () => {
    const { FakeWindow } = fakeBrowserWindowClass();
    class FailingWindow extends FakeWindow {
      override loadURL() {
        return Promise.reject(new Error('ERR_FAILED'));
      }
    }
    const win = createMainWindow({
      BrowserWindow: FailingWindow,
      preloadPath: '/p.cjs',
      savedBounds: undefined,
      workAreas: [SCREEN],
      saveBounds: () => undefined,
      devTools: false,
    });
    await vi.waitFor(() => expect(win.shown).toBe(true));
  });
});

describe('restoreWindowBounds', () => {
  it('uses defaults for missing or invalid stored bounds', () => {
    for (const saved of [
      undefined,
      null,
      'x',
      { x: 0 },
      { x: 0, y: 0, width: 50, height: 50, maximized: false },
    ]) {
      const bounds = restoreWindowBounds(saved, [SCREEN]);
      expect(bounds.x).toBeUndefined();
      expect(bounds.width).toBe(1280);
      expect(bounds.height).toBe(800);
    }
  });

  it('ignores a position that is off every screen (a monitor that was unplugged)', () => {
    const bounds = restoreWindowBounds(
      { x: 5000, y: 3000, width: 1000, height: 700, maximized: false },
      [SCREEN],
    );
    expect(bounds).toEqual({ width: 1000, height: 700, maximized: false });
    const above = restoreWindowBounds(
      { x: 100, y: -500, width: 1000, height: 700, maximized: false },
      [SCREEN],
    );
    expect(above.x).toBeUndefined();
  });

  it('keeps a position on a second screen and shrinks a window larger than its screen', () => {
    const second: Rectangle = { x: 1920, y: 0, width: 1280, height: 1000 };
    const bounds = restoreWindowBounds(
      { x: 2000, y: 10, width: 3000, height: 2000, maximized: false },
      [SCREEN, second],
    );
    expect(bounds).toEqual({ x: 2000, y: 10, width: 1280, height: 1000, maximized: false });
  });
});

describe('buildMenuTemplate', () => {
  const labels = (template: ReturnType<typeof buildMenuTemplate>) =>
    template.map((item) => item.label);
  const roles = (template: ReturnType<typeof buildMenuTemplate>): string[] =>
    template.flatMap((item) =>
      Array.isArray(item.submenu) ? item.submenu.map((sub) => String(sub.role ?? '')) : [],
    );

  it('is Dutch and has the standard editing and view commands', () => {
    const template = buildMenuTemplate({ platform: 'win32', isPackaged: true });
    expect(labels(template)).toEqual(['Bestand', 'Bewerken', 'Beeld']);
    expect(roles(template)).toEqual(
      expect.arrayContaining([
        'quit',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'zoomIn',
        'zoomOut',
        'togglefullscreen',
      ]),
    );
  });

  it('has no developer tools or reload in packaged builds', () => {
    for (const platform of ['win32', 'linux', 'darwin'] as const) {
      const packaged = roles(buildMenuTemplate({ platform, isPackaged: true }));
      expect(packaged).not.toContain('toggleDevTools');
      expect(packaged).not.toContain('reload');
      expect(packaged).not.toContain('forceReload');
    }
    expect(roles(buildMenuTemplate({ platform: 'linux', isPackaged: false }))).toContain(
      'toggleDevTools',
    );
  });

  it('adds the app menu on macOS', () => {
    expect(labels(buildMenuTemplate({ platform: 'darwin', isPackaged: true }))).toEqual([
      'Zorgtafel',
      'Bestand',
      'Bewerken',
      'Beeld',
    ]);
  });
});

describe('host events', () => {
  function fakeTarget(destroyed = false) {
    const sent: [string, unknown][] = [];
    return {
      sent,
      target: {
        isDestroyed: () => destroyed,
        send: (channel: string, payload: unknown) => sent.push([channel, payload]),
      },
    };
  }

  it('sends validated events on the event channel', () => {
    const { sent, target } = fakeTarget();
    expect(sendHostEvent(target, { type: 'os-lock-screen' })).toBe(true);
    expect(sent).toEqual([[HOST_EVENT_CHANNEL, { type: 'os-lock-screen' }]]);
  });

  it('does not send to a missing or destroyed window, nor malformed events', () => {
    expect(sendHostEvent(null, { type: 'os-suspend' })).toBe(false);
    expect(sendHostEvent(fakeTarget(true).target, { type: 'os-suspend' })).toBe(false);
    const { sent, target } = fakeTarget();
    const malformed = {
      type: 'file-opened',
      file: { name: '../x', bytes: new Uint8Array(1) },
    } as HostEvent;
    expect(sendHostEvent(target, malformed)).toBe(false);
    expect(sent).toEqual([]);
  });

  it('turns screen lock and suspend into events that lock the vault', () => {
    const listeners = new Map<string, () => void>();
    const events: HostEvent[] = [];
    wirePowerEvents(
      { on: (event: string, listener: () => void) => listeners.set(event, listener) },
      (event) => {
        events.push(event);
        return true;
      },
    );
    listeners.get('lock-screen')?.();
    listeners.get('suspend')?.();
    expect(events).toEqual([{ type: 'os-lock-screen' }, { type: 'os-suspend' }]);
  });
});
