// Runs in: Electron main process.
//
// Creates the one application window. The BrowserWindow constructor is injected, so tests
// can record the options every window is created with. The page may change the title only
// to one of the fixed area titles ("Leerlingen – Zorgtafel", shared/security/windowTitle.ts),
// so no pupil's name ever reaches the title bar, the taskbar or a screen share.
// Bounds come from the settings, validated, and are ignored when they would put the window
// off-screen (a monitor that is no longer attached).
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { APP_TITLE, isAllowedWindowTitle } from '../../shared/security/windowTitle';
import { windowBoundsSchema, type WindowBounds } from '../../shared/settings/schema';
import { APP_INDEX_URL } from './protocol';
import { secureWebPreferences } from './security';

export const WINDOW_TITLE = APP_TITLE;
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const;
export const MIN_WINDOW_SIZE = { width: 400, height: 300 } as const;

/** Where and how big the window opens; x/y absent means "let the OS centre it". */
export interface InitialBounds {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
  readonly maximized: boolean;
}

/** Part of the title bar that must be on a screen for the user to grab the window. */
const GRAB_MARGIN = { x: 80, y: 16 } as const;

function contains(area: Rectangle, x: number, y: number): boolean {
  return x >= area.x && x < area.x + area.width && y >= area.y && y < area.y + area.height;
}

function clampSize(
  width: number,
  height: number,
  area: Rectangle | undefined,
): { width: number; height: number } {
  if (area === undefined) return { width, height };
  return {
    width: Math.max(MIN_WINDOW_SIZE.width, Math.min(width, area.width)),
    height: Math.max(MIN_WINDOW_SIZE.height, Math.min(height, area.height)),
  };
}

/**
 * Validates stored bounds against the schema and the current screens' work areas. The
 * position is kept only when the top of the window (its title bar) is on some screen.
 */
export function restoreWindowBounds(
  saved: unknown,
  workAreas: readonly Rectangle[],
): InitialBounds {
  const primary = workAreas[0];
  const parsed = windowBoundsSchema.safeParse(saved);
  if (!parsed.success) {
    return {
      ...clampSize(DEFAULT_WINDOW_SIZE.width, DEFAULT_WINDOW_SIZE.height, primary),
      maximized: false,
    };
  }
  const b = parsed.data;
  const grabX = b.x + Math.min(GRAB_MARGIN.x, Math.floor(b.width / 2));
  const grabY = b.y + GRAB_MARGIN.y;
  const screen = workAreas.find((area) => contains(area, grabX, grabY));
  if (screen === undefined) {
    return { ...clampSize(b.width, b.height, primary), maximized: b.maximized };
  }
  return { x: b.x, y: b.y, ...clampSize(b.width, b.height, screen), maximized: b.maximized };
}

/** The options of the main window: secure webPreferences, fixed title, hidden until painted. */
export function mainWindowOptions(
  preloadPath: string,
  bounds: InitialBounds,
  options: { devTools: boolean; icon?: string | undefined },
): BrowserWindowConstructorOptions {
  return {
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: WINDOW_TITLE,
    show: false,
    backgroundColor: '#ffffff',
    ...(options.icon !== undefined ? { icon: options.icon } : {}),
    webPreferences: secureWebPreferences(preloadPath, { devTools: options.devTools }),
  };
}

/** The part of a BrowserWindow this module uses. */
export interface WindowLike {
  on(
    event: 'page-title-updated',
    listener: (event: { preventDefault(): void }, title: string) => void,
  ): unknown;
  on(event: 'close', listener: () => void): unknown;
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  maximize(): void;
  isMaximized(): boolean;
  getNormalBounds(): Rectangle;
  loadURL(url: string): Promise<void>;
}

export interface CreateMainWindowDeps<W extends WindowLike> {
  readonly BrowserWindow: new (options: BrowserWindowConstructorOptions) => W;
  readonly preloadPath: string;
  /** The stored bounds (unvalidated) and the current screens' work areas. */
  readonly savedBounds: unknown;
  readonly workAreas: readonly Rectangle[];
  /** Called with validated bounds when the window closes. */
  readonly saveBounds: (bounds: WindowBounds) => void;
  readonly devTools: boolean;
  readonly icon?: string | undefined;
}

export function createMainWindow<W extends WindowLike>(deps: CreateMainWindowDeps<W>): W {
  const bounds = restoreWindowBounds(deps.savedBounds, deps.workAreas);
  const win = new deps.BrowserWindow(
    mainWindowOptions(deps.preloadPath, bounds, { devTools: deps.devTools, icon: deps.icon }),
  );

  // Only the fixed titles pass; anything else (a name, a record's text) is refused and the
  // title bar keeps the last allowed title.
  win.on('page-title-updated', (event, title) => {
    if (!isAllowedWindowTitle(title)) event.preventDefault();
  });

  win.once('ready-to-show', () => {
    if (bounds.maximized) win.maximize();
    win.show();
  });

  win.on('close', () => {
    const normal = win.getNormalBounds();
    const parsed = windowBoundsSchema.safeParse({
      x: Math.round(normal.x),
      y: Math.round(normal.y),
      width: Math.round(normal.width),
      height: Math.round(normal.height),
      maximized: win.isMaximized(),
    });
    if (parsed.success) deps.saveBounds(parsed.data);
  });

  // A failed load would leave an invisible window behind; show it so the user can quit.
  win.loadURL(APP_INDEX_URL).catch(() => {
    win.show();
  });
  return win;
}
