// Runs in: Node (unit tests).
//
// Interoperability with the reference `age` tool (Debian package `age`; CI installs it): the
// age payload cut out of a `.zorgtafel` file as documented in docs/formats.md decrypts with
// `age --decrypt -i` to JSON of the documented shape. Passphrase mode is not run here: the
// CLI reads passphrases only from a terminal.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { canonicalJson } from '../../../shared/sharing/content';
import { SHARE_KINDS } from '../../../shared/sharing/container';
import { deelsleutelOf, generateSharingIdentity } from '../../../shared/sharing/identity';
import { decodeLayout } from '../../../shared/sharing/layout';
import { AGE_CLI, skipWithout } from '../../helpers/referenceTools';
import { deelsleutelFor, sampleContent, seal } from './helpers';

/** The documented plaintext of the age payload. */
const documentedPlaintext = z.strictObject({
  header: z.strictObject({
    kind: z.enum(SHARE_KINDS),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime().optional(),
    sender: z.string().startsWith('zorgtafel-deelsleutel-1:'),
    mode: z.enum(['recipients', 'passphrase']),
    recipients: z.int(),
  }),
  content: z.unknown(),
});

describe('reference age CLI', () => {
  beforeEach(skipWithout(AGE_CLI));
  it('decrypts the extracted age payload with `age --decrypt -i` to the documented JSON', async () => {
    const [ib, smw, arts] = await Promise.all([
      generateSharingIdentity(),
      generateSharingIdentity(),
      generateSharingIdentity(),
    ]);
    const file = await seal(
      ib,
      { recipients: [deelsleutelFor(arts), deelsleutelFor(smw)] },
      { expiresAt: new Date('2026-04-01T00:00:00.000Z') },
    );
    const decoded = decodeLayout(file);
    if (!decoded.ok) throw new Error('layout');
    const dir = mkdtempSync(join(tmpdir(), 'zorgtafel-age-'));
    try {
      writeFileSync(join(dir, 'identity.txt'), `${smw.ageIdentity}\n`, { mode: 0o600 });
      writeFileSync(join(dir, 'payload.age'), decoded.layout.agePayload);
      const out = execFileSync(
        'age',
        ['--decrypt', '-i', join(dir, 'identity.txt'), join(dir, 'payload.age')],
        { encoding: 'utf8', timeout: 20_000 },
      );
      const parsed = documentedPlaintext.parse(JSON.parse(out));
      expect(parsed.content).toEqual(sampleContent);
      expect(parsed.header).toEqual({
        kind: 'meeting-agenda',
        createdAt: '2026-03-02T08:00:00.000Z',
        expiresAt: '2026-04-01T00:00:00.000Z',
        sender: deelsleutelOf(ib),
        mode: 'recipients',
        recipients: 2,
      });
      // The clear outer header is the same JSON, byte for byte.
      expect(new TextDecoder().decode(decoded.layout.headerJson)).toBe(
        canonicalJson(parsed.header),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
