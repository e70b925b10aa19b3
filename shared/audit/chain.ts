// Runs in: any environment.
//
// The audit trail: who did what, when, to which record. Entries are append-only and
// hash-chained (each holds the SHA-256 of its predecessor), so an edited, reordered or deleted
// entry breaks the chain, and removed tail entries show up against a separately stored head.
// The chain alone is tamper-evident, not tamper-proof: someone who can write the storage can
// recompute every hash. That is why the storage layer keeps entries in encrypted envelopes and
// the head in the encrypted vault metadata (docs/security.md, "Audit trail").
import { z } from 'zod';
import { encodeLengthPrefixed, toHex } from '../crypto/bytes';
import { CryptoError } from '../crypto/errors';
import { sha256 } from '../crypto/webcrypto';

/** Every action the audit trail records. Stable strings: they are stored and hashed. */
export const AUDIT_ACTIONS = [
  'vault.create',
  'vault.unlock',
  'vault.unlock-failed',
  'vault.lock',
  'vault.recovery-used',
  'passphrase.change',
  'recovery.regenerate',
  'keystore.enable',
  'keystore.disable',
  'record.create',
  'record.update',
  'record.delete',
  'export',
  'import',
  'print',
  'backup.export',
  'backup.restore',
  'settings.change',
  'retention.delete',
  /** The vault found a record missing, damaged, older than it should be, or unknown (detail kind=…). */
  'integrity.problem',
  /** The user chose what to do about an integrity problem (detail action=repair|without). */
  'integrity.resolve',
  /** The record manifest was built (first unlock after the upgrade) or rebuilt after damage. */
  'integrity.manifest',
  /** A record whose every view is audited was shown (today: a meldcode track, issue 16). */
  'record.view',
] as const;
/** One audit action. */
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Domain string that starts every entry's hash input. */
export const AUDIT_HASH_DOMAIN = 'zorgtafel/audit/v1';
/** prevHash of the first entry: 64 zeros. */
export const AUDIT_GENESIS_HASH = '0'.repeat(64);
/** Longest `detail` accepted: a short technical note (e.g. "format=pdf"), never personal data. */
export const MAX_AUDIT_DETAIL = 200;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/** What a caller supplies when appending; seq, hashes and (by default) time are filled in. */
export const auditInputSchema = z
  .object({
    /** ISO 8601 time; defaults to now. */
    at: z.iso.datetime({ offset: true }).optional(),
    /** The acting user's id (not a name). */
    actor: z.string().min(1).max(100),
    action: z.enum(AUDIT_ACTIONS),
    recordType: z.string().min(1).max(100).optional(),
    recordId: z.string().min(1).max(200).optional(),
    detail: z.string().min(1).max(MAX_AUDIT_DETAIL).optional(),
  })
  .strict();
/** Input to appendAuditEntry. */
export type AuditInput = z.input<typeof auditInputSchema>;

/** A stored audit entry (strict: unknown fields are refused). */
export const auditEntrySchema = z
  .object({
    seq: z.number().int().min(1).max(0xffffffff),
    at: z.iso.datetime({ offset: true }),
    actor: z.string().min(1).max(100),
    action: z.enum(AUDIT_ACTIONS),
    recordType: z.string().min(1).max(100).optional(),
    recordId: z.string().min(1).max(200).optional(),
    detail: z.string().min(1).max(MAX_AUDIT_DETAIL).optional(),
    prevHash: hex64,
    hash: hex64,
  })
  .strict();

/** One link of the audit chain. */
export interface AuditEntry {
  /** 1 for the first entry, then +1 per entry. */
  readonly seq: number;
  /** ISO 8601 time. */
  readonly at: string;
  /** User id of the actor. */
  readonly actor: string;
  readonly action: AuditAction;
  readonly recordType?: string | undefined;
  readonly recordId?: string | undefined;
  /** Short technical detail; never personal data. */
  readonly detail?: string | undefined;
  /** `hash` of the previous entry (lowercase hex), or AUDIT_GENESIS_HASH. */
  readonly prevHash: string;
  /** SHA-256 (lowercase hex) of this entry's canonical encoding (see auditEntryHashInput). */
  readonly hash: string;
}

/** The head a caller stores separately (in encrypted vault metadata) to detect a cut-off tail. */
export interface AuditHead {
  readonly seq: number;
  readonly hash: string;
}

/** Where and how a chain is broken. `seq` is the first sequence number affected. */
export interface AuditProblem {
  readonly kind: 'edited' | 'reordered' | 'missing' | 'truncated';
  readonly seq: number;
}

/** Result of verifyAuditChain. */
export type AuditVerification =
  | { readonly ok: true; readonly count: number }
  | { readonly ok: false; readonly problem: AuditProblem };

const optional = (value: string | undefined): Uint8Array =>
  value === undefined ? new Uint8Array([0]) : encodeLengthPrefixed([new Uint8Array([1]), value]);

/**
 * The canonical bytes an entry's hash covers: length-prefixed domain, seq (u32), at, actor,
 * action, recordType, recordId, detail, prevHash. Optional fields are encoded as a one-byte
 * field 0x00 when absent, or as a nested length-prefixed (0x01, value) when present, so an
 * absent field and an empty one can never collide.
 */
export function auditEntryHashInput(entry: Omit<AuditEntry, 'hash'>): Uint8Array {
  return encodeLengthPrefixed([
    AUDIT_HASH_DOMAIN,
    entry.seq,
    entry.at,
    entry.actor,
    entry.action,
    optional(entry.recordType),
    optional(entry.recordId),
    optional(entry.detail),
    entry.prevHash,
  ]);
}

/** SHA-256 (lowercase hex) of an entry's canonical encoding. */
export async function hashAuditEntry(entry: Omit<AuditEntry, 'hash'>): Promise<string> {
  return toHex(await sha256(auditEntryHashInput(entry)));
}

/** The head to store after appending `entry` (or the empty head for an empty trail). */
export function auditHeadOf(entry: AuditEntry | null): AuditHead {
  return entry === null
    ? { seq: 0, hash: AUDIT_GENESIS_HASH }
    : { seq: entry.seq, hash: entry.hash };
}

/** Creates the entry that follows `prev` (null for the first). Throws 'audit.invalid' for bad input. */
export async function appendAuditEntry(
  prev: AuditEntry | null,
  input: AuditInput,
): Promise<AuditEntry> {
  const parsed = auditInputSchema.safeParse(input);
  if (!parsed.success)
    throw new CryptoError('audit.invalid', 'Audit input does not match the audit schema.');
  const i = parsed.data;
  const body: Omit<AuditEntry, 'hash'> = {
    seq: prev === null ? 1 : prev.seq + 1,
    at: i.at ?? new Date().toISOString(),
    actor: i.actor,
    action: i.action,
    ...(i.recordType === undefined ? {} : { recordType: i.recordType }),
    ...(i.recordId === undefined ? {} : { recordId: i.recordId }),
    ...(i.detail === undefined ? {} : { detail: i.detail }),
    prevHash: prev === null ? AUDIT_GENESIS_HASH : prev.hash,
  };
  return { ...body, hash: await hashAuditEntry(body) };
}

/**
 * Entries whose digests verifyAuditChain computes at the same time. Each batch resolves within
 * one task, so the app verifies long chains in the audit-chain worker, off the UI thread.
 */
const VERIFY_BATCH = 256;

/** An entry's hashed body (everything but its hash). */
function withoutHash(entry: AuditEntry): Omit<AuditEntry, 'hash'> {
  const { hash, ...body } = entry;
  void hash;
  return body;
}

/**
 * Verifies a chain in stored order. Detects an entry whose content no longer matches its hash
 * or whose successor no longer points to it ('edited'), entries out of order or duplicated
 * ('reordered'), a gap in the sequence ('missing') and, when the separately stored `head` is
 * given, entries removed from the end ('truncated'). An entry that fails the schema counts as
 * edited. Entries after the head are accepted (the head may lag one write behind a crash).
 */
export async function verifyAuditChain(
  entries: readonly AuditEntry[],
  head?: AuditHead,
): Promise<AuditVerification> {
  const bad = (kind: AuditProblem['kind'], seq: number): AuditVerification => ({
    ok: false,
    problem: { kind, seq },
  });
  let prev: AuditEntry | null = null;
  for (let start = 0; start < entries.length; start += VERIFY_BATCH) {
    const batch = entries.slice(start, start + VERIFY_BATCH);
    // The digests of a batch run together (one WebCrypto round trip each, awaited one by one
    // they dominate at 10,000 entries); the verdict below still walks the chain in order.
    const hashes = await Promise.all(
      batch.map((entry) =>
        auditEntrySchema.safeParse(entry).success
          ? hashAuditEntry(withoutHash(entry))
          : Promise.resolve(null),
      ),
    );
    for (const [offset, entry] of batch.entries()) {
      const index = start + offset;
      const expectedSeq = prev === null ? 1 : prev.seq + 1;
      const hash = hashes[offset] ?? null;
      if (hash === null) return bad('edited', expectedSeq);
      if (entry.seq !== expectedSeq) {
        const later = entries.slice(index + 1).some((e) => e.seq === expectedSeq);
        return entry.seq < expectedSeq || later
          ? bad('reordered', expectedSeq)
          : bad('missing', expectedSeq);
      }
      if (hash !== entry.hash) return bad('edited', entry.seq);
      // The entry is self-consistent but does not point at its predecessor: the predecessor was
      // edited and re-hashed (or this link was rewritten). Report the earlier entry.
      if (entry.prevHash !== (prev === null ? AUDIT_GENESIS_HASH : prev.hash))
        return bad('edited', prev === null ? 1 : prev.seq);
      prev = entry;
    }
  }
  if (head !== undefined && head.seq > 0) {
    const atHead = entries.find((e) => e.seq === head.seq);
    if (atHead === undefined) return bad('truncated', (prev?.seq ?? 0) + 1);
    if (atHead.hash !== head.hash) return bad('edited', head.seq);
  }
  return { ok: true, count: entries.length };
}
