// Runs in: Node (Vitest). Where dialogs start: session memory only, never a network folder.
import { describe, expect, it } from 'vitest';
import { DialogFolders, isNetworkPath } from '../../../electron/main/dialogFolders';

describe('isNetworkPath', () => {
  it('recognises UNC and other double-separator paths in any mix of slashes', () => {
    for (const folder of [
      '\\\\server\\share',
      '//server/share',
      '\\/server/share',
      '/\\server',
      '\\\\?\\UNC\\server\\share',
      '\\\\.\\pipe\\x',
      '\\\\192.168.1.10\\zorg',
    ]) {
      expect(isNetworkPath(folder), folder).toBe(true);
    }
  });

  it('leaves local folders alone', () => {
    for (const folder of [
      'C:\\Users\\ib\\Documents',
      '/home/ib/Documenten',
      '/Users/ib/Documents',
      'D:\\',
      '\\Users\\ib',
    ]) {
      expect(isNetworkPath(folder), folder).toBe(false);
    }
  });
});

describe('DialogFolders', () => {
  it('starts in Documents, then in the folder of the last file of the same kind', () => {
    const folders = new DialogFolders('/home/ib/Documenten');
    expect(folders.startFolder('export')).toBe('/home/ib/Documenten');
    folders.remember('export', '/home/ib/Exports/agenda.pdf');
    expect(folders.startFolder('export')).toBe('/home/ib/Exports');
    expect(folders.startFolder('import')).toBe('/home/ib/Documenten');
  });

  it('forgets the folder when the user picked a file on a network share', () => {
    const folders = new DialogFolders('/home/ib/Documenten');
    folders.remember('import', '/home/ib/Downloads/ZAT.zorgtafel');
    folders.remember('import', '//server/zorg/ZAT.zorgtafel');
    expect(folders.startFolder('import')).toBe('/home/ib/Documenten');
  });

  it('lets the OS choose when Documents itself is on a share or unknown', () => {
    expect(
      new DialogFolders('//fileserver/home/ib/Documents').startFolder('export'),
    ).toBeUndefined();
    expect(new DialogFolders('').startFolder('export')).toBeUndefined();
    expect(new DialogFolders('relative/folder').startFolder('import')).toBeUndefined();
  });

  it('keeps nothing between two runs: a new instance starts from Documents', () => {
    new DialogFolders('/home/ib/Documenten').remember(
      'export',
      '/home/ib/Leerlingen/Jan/agenda.pdf',
    );
    expect(new DialogFolders('/home/ib/Documenten').startFolder('export')).toBe(
      '/home/ib/Documenten',
    );
  });
});
