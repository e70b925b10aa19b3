// Runs in: any environment.
//
// The record-type registry: every kind of record the vault stores is declared once, with
// its current schema version, a zod schema, the migrations that bring older stored
// versions up to date, and the texts the search index may see. In the spirit of tldraw's
// store schema: stored data carries its version, and reading old data runs each migration
// step in order before the current schema validates it.
import type { z } from 'zod';

/** Every record has an id: a random token (see ids.ts) or a fixed well-known name, never personal data. */
export interface RecordBase {
  readonly id: string;
}

/** One migration step: turns data stored at version N into data of version N + 1. */
export type RecordMigration = (data: unknown) => unknown;

/**
 * A declared record type. Methods (not function-valued properties) so that a definition
 * for a specific record type is assignable to the general `AnyRecordTypeDef`.
 */
export interface RecordTypeDef<TType extends string = string, T extends RecordBase = RecordBase> {
  /** Stable type name, stored in the clear in every envelope: e.g. 'vault.profile'. */
  readonly type: TType;
  /** Current schema version (integer >= 1); stored in each envelope's `v`. */
  readonly version: number;
  /** Validates the current version's shape. */
  readonly schema: z.ZodType<T>;
  /** `migrations[n]` turns version n into n + 1; one entry for each n in 1..version-1. */
  readonly migrations: Readonly<Record<number, RecordMigration>>;
  /** Texts fed to the in-memory search index (never stored). Omit for unsearchable types. */
  searchText?(record: T): readonly string[];
  /**
   * Optional id of the record this one belongs to (e.g. a note's pupil). Stored in the
   * clear as an index so a chronology can be read without decrypting everything: it must
   * be a record id, never personal data.
   */
  parentOf?(record: T): string | undefined;
}

/** Any record type definition, whatever its record shape. */
export type AnyRecordTypeDef = RecordTypeDef<string, RecordBase>;

/** The record type a definition describes. */
export type RecordOf<D> = D extends RecordTypeDef<string, infer T> ? T : never;

/** Maps each type name of a list of definitions to its record type. */
export type RecordMapOf<D extends readonly AnyRecordTypeDef[]> = {
  [Def in D[number] as Def['type']]: RecordOf<Def>;
};

/** A map from type name to record shape, as produced by RecordMapOf. */
export type RecordMap = { readonly [type: string]: RecordBase };

/** Codes for registry and migration failures; stable so the UI can map them. */
export type RecordErrorCode =
  | 'record.invalid-definition'
  | 'record.unknown-type'
  | 'record.migration-missing'
  | 'record.migration-failed'
  | 'record.newer-version'
  | 'record.invalid-version'
  | 'record.invalid';

/** Thrown by the registry and by migrateRecord. Messages never contain record content. */
export class RecordError extends Error {
  readonly code: RecordErrorCode;

  constructor(code: RecordErrorCode, message: string) {
    super(message);
    this.name = 'RecordError';
    this.code = code;
  }
}

/** Type names: lowercase dotted words, e.g. 'vault.profile', 'leerling.notitie'. */
export const RECORD_TYPE_PATTERN = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/;

/** Type names the vault uses for its own rows; no registered type may take them. */
export const RESERVED_RECORD_TYPES: readonly string[] = ['vault.meta', 'audit.entry'];

/**
 * Declares a record type. Checks the declaration at once (module load) so that a missing
 * migration step is a startup failure in development, not a surprise on a user's data.
 */
export function defineRecordType<const TType extends string, T extends RecordBase>(
  def: RecordTypeDef<TType, T>,
): RecordTypeDef<TType, T> {
  if (!RECORD_TYPE_PATTERN.test(def.type) || def.type.length > 100) {
    throw new RecordError(
      'record.invalid-definition',
      `Record type name "${def.type}" must be lowercase dotted words.`,
    );
  }
  if (RESERVED_RECORD_TYPES.includes(def.type)) {
    throw new RecordError(
      'record.invalid-definition',
      `Record type name "${def.type}" is reserved for the vault itself.`,
    );
  }
  if (!Number.isInteger(def.version) || def.version < 1) {
    throw new RecordError(
      'record.invalid-definition',
      `Record type "${def.type}" needs an integer version >= 1.`,
    );
  }
  for (let from = 1; from < def.version; from += 1) {
    if (typeof def.migrations[from] !== 'function') {
      throw new RecordError(
        'record.invalid-definition',
        `Record type "${def.type}" lacks the migration from version ${from} to ${from + 1}.`,
      );
    }
  }
  for (const key of Object.keys(def.migrations)) {
    const from = Number(key);
    if (!Number.isInteger(from) || from < 1 || from >= def.version) {
      throw new RecordError(
        'record.invalid-definition',
        `Record type "${def.type}" has a migration from version ${key}, outside 1..${def.version - 1}.`,
      );
    }
  }
  return def;
}

/** Where zod found problems, as paths and issue codes only: zod messages may quote values. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.code}`)
    .join('; ');
}

/**
 * Brings data stored at `fromVersion` up to the current version of `def`: applies
 * migrations[fromVersion], migrations[fromVersion + 1], … in order, then validates with the
 * current schema. Throws RecordError with a clear code when a step is missing, a step
 * throws, the stored version is newer than this build knows, or validation fails.
 */
export function migrateRecord<T extends RecordBase>(
  def: RecordTypeDef<string, T>,
  fromVersion: number,
  data: unknown,
): T {
  if (!Number.isInteger(fromVersion) || fromVersion < 1) {
    throw new RecordError(
      'record.invalid-version',
      `Record of type "${def.type}" has invalid version ${fromVersion}.`,
    );
  }
  if (fromVersion > def.version) {
    throw new RecordError(
      'record.newer-version',
      `Record of type "${def.type}" is at version ${fromVersion}; this build knows up to ${def.version}. Was the vault opened by a newer Zorgtafel?`,
    );
  }
  let current = data;
  for (let from = fromVersion; from < def.version; from += 1) {
    const step = def.migrations[from];
    if (step === undefined) {
      throw new RecordError(
        'record.migration-missing',
        `Record type "${def.type}" has no migration from version ${from} to ${from + 1}.`,
      );
    }
    try {
      current = step(current);
    } catch (error) {
      const reason = error instanceof Error ? error.name : 'unknown error';
      throw new RecordError(
        'record.migration-failed',
        `Migration of "${def.type}" from version ${from} to ${from + 1} failed (${reason}).`,
      );
    }
  }
  return validateRecord(def, current);
}

/** Validates data against the current schema of `def`; throws RecordError 'record.invalid'. */
export function validateRecord<T extends RecordBase>(
  def: RecordTypeDef<string, T>,
  data: unknown,
): T {
  const parsed = def.schema.safeParse(data);
  if (!parsed.success) {
    throw new RecordError(
      'record.invalid',
      `Record of type "${def.type}" does not match its schema: ${describeIssues(parsed.error)}.`,
    );
  }
  return parsed.data;
}

/** The untyped view of a registry that storage code needs: find a definition by name. */
export interface RecordTypeLookup {
  find(type: string): AnyRecordTypeDef | undefined;
}

/** A fixed set of record types, looked up by name. */
export class RecordRegistry<M extends RecordMap = RecordMap> implements RecordTypeLookup {
  private readonly byType: ReadonlyMap<string, AnyRecordTypeDef>;

  /** Use createRecordRegistry; it infers the record map from the definitions. */
  constructor(defs: readonly AnyRecordTypeDef[]) {
    const byType = new Map<string, AnyRecordTypeDef>();
    for (const def of defs) {
      if (byType.has(def.type))
        throw new RecordError(
          'record.invalid-definition',
          `Record type "${def.type}" is registered twice.`,
        );
      byType.set(def.type, def);
    }
    this.byType = byType;
  }

  /** Registered type names. */
  types(): (keyof M & string)[] {
    return [...this.byType.keys()] as (keyof M & string)[];
  }

  has(type: string): type is keyof M & string {
    return this.byType.has(type);
  }

  /** The definition for `type`, or undefined for a type this build does not know. */
  find(type: string): AnyRecordTypeDef | undefined {
    return this.byType.get(type);
  }

  /** The definition for a registered type; throws 'record.unknown-type' otherwise. */
  get<K extends keyof M & string>(type: K): RecordTypeDef<K, M[K]>;
  get(type: string): AnyRecordTypeDef;
  get(type: string): AnyRecordTypeDef {
    const def = this.byType.get(type);
    if (def === undefined)
      throw new RecordError('record.unknown-type', `Record type "${type}" is not registered.`);
    return def;
  }
}

/** Builds a registry whose record map is inferred from the definitions passed. */
export function createRecordRegistry<const D extends readonly AnyRecordTypeDef[]>(
  defs: D,
): RecordRegistry<RecordMapOf<D>> {
  return new RecordRegistry<RecordMapOf<D>>(defs);
}
