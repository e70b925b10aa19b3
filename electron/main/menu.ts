// Runs in: Electron main process.
//
// A minimal Dutch application menu. It exists for the standard shortcuts (cut, copy, paste,
// select all, zoom, full screen) that Electron wires through menu roles; the app's real
// navigation lives in the renderer. Reload and the developer tools appear only in
// unpackaged builds: in a release nobody should be able to inspect a decrypted vault.
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  readonly isPackaged: boolean;
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];

  if (isMac) {
    template.push({
      label: 'Zorgtafel',
      submenu: [
        { role: 'about', label: 'Over Zorgtafel' },
        { type: 'separator' },
        { role: 'hide', label: 'Zorgtafel verbergen' },
        { role: 'hideOthers', label: 'Andere verbergen' },
        { role: 'unhide', label: 'Alles tonen' },
        { type: 'separator' },
        { role: 'quit', label: 'Zorgtafel afsluiten' },
      ],
    });
  }

  template.push({
    label: 'Bestand',
    submenu: isMac
      ? [{ role: 'close', label: 'Venster sluiten' }]
      : [{ role: 'quit', label: 'Afsluiten' }],
  });

  template.push({
    label: 'Bewerken',
    submenu: [
      { role: 'undo', label: 'Ongedaan maken' },
      { role: 'redo', label: 'Opnieuw' },
      { type: 'separator' },
      { role: 'cut', label: 'Knippen' },
      { role: 'copy', label: 'Kopiëren' },
      { role: 'paste', label: 'Plakken' },
      { role: 'selectAll', label: 'Alles selecteren' },
    ],
  });

  const view: MenuItemConstructorOptions[] = [
    { role: 'zoomIn', label: 'Inzoomen' },
    { role: 'zoomOut', label: 'Uitzoomen' },
    { role: 'resetZoom', label: 'Werkelijke grootte' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Volledig scherm' },
  ];
  if (!options.isPackaged) {
    view.push(
      { type: 'separator' },
      { role: 'reload', label: 'Opnieuw laden (ontwikkeling)' },
      { role: 'toggleDevTools', label: 'Ontwikkelaarshulpmiddelen (ontwikkeling)' },
    );
  }
  template.push({ label: 'Beeld', submenu: view });

  return template;
}
