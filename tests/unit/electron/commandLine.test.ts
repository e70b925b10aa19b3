// Runs in: Node (Vitest). The packaged app's refusal of debugger and security switches.
import { describe, expect, it } from 'vitest';
import { refusedSwitches, switchName } from '../../../electron/main/commandLine';

const EXE = 'C:\\Program Files\\Zorgtafel\\Zorgtafel.exe';

describe('refusedSwitches', () => {
  it('finds remote debugging, the inspector and V8 flags in every spelling Chromium accepts', () => {
    for (const [arg, name] of [
      ['--remote-debugging-port=9222', 'remote-debugging-port'],
      ['--remote-debugging-port', 'remote-debugging-port'],
      ['-remote-debugging-port=9222', 'remote-debugging-port'],
      ['--REMOTE-DEBUGGING-PORT=9222', 'remote-debugging-port'],
      ['--remote-debugging-pipe', 'remote-debugging-pipe'],
      ['--remote-allow-origins=*', 'remote-allow-origins'],
      ['--inspect', 'inspect'],
      ['--inspect=0.0.0.0:9229', 'inspect'],
      ['--inspect-brk', 'inspect-brk'],
      ['--inspect-port=9229', 'inspect-port'],
      ['--js-flags=--allow-natives-syntax', 'js-flags'],
      ['--no-sandbox', 'no-sandbox'],
      ['--disable-web-security', 'disable-web-security'],
      ['--enable-logging=file', 'enable-logging'],
    ] as const) {
      expect(refusedSwitches([EXE, arg], 'linux'), arg).toEqual([name]);
    }
  });

  it('reads /switch as a switch on Windows only', () => {
    expect(refusedSwitches([EXE, '/remote-debugging-port=9222'], 'win32')).toEqual([
      'remote-debugging-port',
    ]);
    expect(
      refusedSwitches(['/opt/Zorgtafel/zorgtafel', '/remote-debugging-port'], 'linux'),
    ).toEqual([]);
  });

  it('lets a normal start and a double-clicked file through', () => {
    expect(refusedSwitches([EXE], 'win32')).toEqual([]);
    expect(
      refusedSwitches([EXE, 'C:\\Users\\ib\\Downloads\\ZAT maart.zorgtafel'], 'win32'),
    ).toEqual([]);
    expect(
      refusedSwitches(
        [
          '/opt/Zorgtafel/zorgtafel',
          '--no-sandbox-please',
          '--allow-file-access',
          '/home/ib/a.zorgtafel',
        ],
        'linux',
      ),
    ).toEqual([]);
    expect(refusedSwitches(['/opt/Zorgtafel/zorgtafel', '--', '--inspect'], 'linux')).toEqual([]);
  });

  it("also refuses what Electron's own command line reports", () => {
    expect(refusedSwitches([EXE], 'win32', (name) => name === 'remote-debugging-pipe')).toEqual([
      'remote-debugging-pipe',
    ]);
  });

  it('reports each switch once', () => {
    expect(
      refusedSwitches([EXE, '--inspect', '--inspect=9230'], 'darwin', (name) => name === 'inspect'),
    ).toEqual(['inspect']);
  });
});

describe('switchName', () => {
  it('is null for arguments that are not switches', () => {
    expect(switchName('ZAT.zorgtafel', 'win32')).toBeNull();
    expect(switchName('--', 'linux')).toBeNull();
    expect(switchName('-', 'linux')).toBeNull();
    expect(switchName('--=x', 'linux')).toBeNull();
  });
});
