// Runs in: Node (unit tests).
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  appendAuditEntry,
  AUDIT_ACTIONS,
  AUDIT_GENESIS_HASH,
  auditEntryHashInput,
  auditEntrySchema,
  auditHeadOf,
  hashAuditEntry,
  verifyAuditChain,
  type AuditEntry,
  type AuditInput,
} from '../../../shared/audit/chain';
import { toHex } from '../../../shared/crypto/bytes';
import { isCryptoError } from '../../../shared/crypto/errors';

const INPUTS: AuditInput[] = [
  { actor: 'user_1', action: 'vault.create', at: '2026-11-20T08:00:00.000Z' },
  { actor: 'user_1', action: 'vault.unlock', at: '2026-11-20T08:01:00.000Z' },
  {
    actor: 'user_1',
    action: 'record.create',
    recordType: 'leerling',
    recordId: 'rec_1',
    at: '2026-11-20T08:02:00.000Z',
  },
  {
    actor: 'user_1',
    action: 'record.update',
    recordType: 'leerling',
    recordId: 'rec_1',
    at: '2026-11-20T08:03:00.000Z',
  },
  {
    actor: 'user_1',
    action: 'print',
    recordType: 'leerling',
    recordId: 'rec_1',
    detail: 'format=pdf',
    at: '2026-11-20T08:04:00.000Z',
  },
  { actor: 'user_1', action: 'vault.lock', at: '2026-11-20T08:05:00.000Z' },
];

async function chainOf(inputs: readonly AuditInput[]): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  for (const input of inputs) entries.push(await appendAuditEntry(entries.at(-1) ?? null, input));
  return entries;
}

let chain: AuditEntry[];
beforeAll(async () => {
  chain = await chainOf(INPUTS);
});

describe('appending', () => {
  it('numbers entries from 1 and links each to its predecessor', () => {
    expect(chain.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(chain[0]?.prevHash).toBe(AUDIT_GENESIS_HASH);
    for (let i = 1; i < chain.length; i++) expect(chain[i]?.prevHash).toBe(chain[i - 1]?.hash);
    for (const entry of chain)
      expect(auditEntrySchema.parse(JSON.parse(JSON.stringify(entry)))).toEqual(entry);
  });

  it('hashes a canonical encoding in which absent and empty fields differ', async () => {
    const entry = chain[4] as AuditEntry;
    const { hash, ...body } = entry;
    expect(await hashAuditEntry(body)).toBe(hash);
    const withoutDetail = { ...body, detail: undefined };
    expect(toHex(auditEntryHashInput(withoutDetail))).not.toBe(
      toHex(auditEntryHashInput({ ...body, detail: '' })),
    );
    expect(toHex(auditEntryHashInput({ ...body, recordType: 'a', recordId: 'bc' }))).not.toBe(
      toHex(auditEntryHashInput({ ...body, recordType: 'ab', recordId: 'c' })),
    );
  });

  it('fills in the time and refuses malformed input', async () => {
    const entry = await appendAuditEntry(null, { actor: 'user_1', action: 'vault.unlock-failed' });
    expect(Date.parse(entry.at)).not.toBeNaN();
    for (const bad of [
      { actor: '', action: 'vault.lock' },
      { actor: 'u', action: 'vault.explode' },
      { actor: 'u', action: 'export', detail: 'x'.repeat(201) },
      { actor: 'u', action: 'export', extra: 1 },
    ]) {
      await expect(appendAuditEntry(null, bad as AuditInput)).rejects.toSatisfy((e) =>
        isCryptoError(e, 'audit.invalid'),
      );
    }
    expect(AUDIT_ACTIONS).toContain('backup.restore');
  });
});

describe('verifying', () => {
  it('accepts an intact chain, with or without its head, and the empty chain', async () => {
    expect(await verifyAuditChain(chain)).toEqual({ ok: true, count: 6 });
    expect(await verifyAuditChain(chain, auditHeadOf(chain.at(-1) ?? null))).toEqual({
      ok: true,
      count: 6,
    });
    expect(await verifyAuditChain([])).toEqual({ ok: true, count: 0 });
    expect(await verifyAuditChain([], auditHeadOf(null))).toEqual({ ok: true, count: 0 });
  });

  it('detects an edited entry', async () => {
    const edited = chain.map((e) => (e.seq === 3 ? { ...e, recordId: 'rec_2' } : e));
    expect(await verifyAuditChain(edited)).toEqual({
      ok: false,
      problem: { kind: 'edited', seq: 3 },
    });
  });

  it('detects an edited entry whose own hash was recomputed (its successor no longer points at it)', async () => {
    const target = chain[2] as AuditEntry;
    const { hash: _old, ...body } = { ...target, action: 'record.delete' as const };
    const rehashed: AuditEntry = { ...body, hash: await hashAuditEntry(body) };
    const edited = chain.map((e) => (e.seq === 3 ? rehashed : e));
    expect(await verifyAuditChain(edited)).toEqual({
      ok: false,
      problem: { kind: 'edited', seq: 3 },
    });
  });

  it('detects reordered and duplicated entries', async () => {
    const swapped = [chain[0], chain[2], chain[1], ...chain.slice(3)] as AuditEntry[];
    expect(await verifyAuditChain(swapped)).toEqual({
      ok: false,
      problem: { kind: 'reordered', seq: 2 },
    });
    const duplicated = [...chain.slice(0, 3), chain[2], ...chain.slice(3)] as AuditEntry[];
    expect(await verifyAuditChain(duplicated)).toEqual({
      ok: false,
      problem: { kind: 'reordered', seq: 4 },
    });
  });

  it('detects a deleted entry, including the first', async () => {
    expect(await verifyAuditChain(chain.filter((e) => e.seq !== 4))).toEqual({
      ok: false,
      problem: { kind: 'missing', seq: 4 },
    });
    expect(await verifyAuditChain(chain.slice(1))).toEqual({
      ok: false,
      problem: { kind: 'missing', seq: 1 },
    });
  });

  it('detects removed tail entries against the separately stored head', async () => {
    const head = auditHeadOf(chain.at(-1) ?? null);
    expect(await verifyAuditChain(chain.slice(0, 4))).toEqual({ ok: true, count: 4 });
    expect(await verifyAuditChain(chain.slice(0, 4), head)).toEqual({
      ok: false,
      problem: { kind: 'truncated', seq: 5 },
    });
    expect(await verifyAuditChain([], head)).toEqual({
      ok: false,
      problem: { kind: 'truncated', seq: 1 },
    });
  });

  it('detects a replaced tail (same length, different last entry) against the head', async () => {
    const head = auditHeadOf(chain.at(-1) ?? null);
    const forged = [
      ...chain.slice(0, 5),
      await appendAuditEntry(chain[4] ?? null, {
        actor: 'user_2',
        action: 'vault.lock',
        at: '2026-11-20T08:05:00.000Z',
      }),
    ];
    expect(await verifyAuditChain(forged, head)).toEqual({
      ok: false,
      problem: { kind: 'edited', seq: 6 },
    });
  });

  it('accepts entries written after a head that lagged behind', async () => {
    expect(await verifyAuditChain(chain, auditHeadOf(chain[3] ?? null))).toEqual({
      ok: true,
      count: 6,
    });
  });

  it('treats an entry that fails the schema as edited', async () => {
    const broken = chain.map((e) => (e.seq === 2 ? ({ ...e, extra: 'x' } as AuditEntry) : e));
    expect(await verifyAuditChain(broken)).toEqual({
      ok: false,
      problem: { kind: 'edited', seq: 2 },
    });
  });

  it('detects any single-field change anywhere in the chain (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: chain.length - 1 }),
        fc.constantFrom('at', 'actor', 'recordId', 'detail', 'prevHash', 'hash'),
        async (index, field) => {
          const entry = chain[index] as AuditEntry;
          const value =
            field === 'prevHash' || field === 'hash'
              ? 'f'.repeat(64)
              : field === 'at'
                ? '2030-01-01T00:00:00.000Z'
                : 'changed';
          fc.pre(entry[field] !== value);
          const tampered = chain.map((e, i) => (i === index ? { ...e, [field]: value } : e));
          const result = await verifyAuditChain(tampered);
          expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
  });
});
