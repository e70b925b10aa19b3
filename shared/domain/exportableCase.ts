// Runs in: any environment.
//
// The formal file of a case as it may leave the vault: exports, prints, the parents' review
// copy and shared meeting files are all built from an ExportableCase. The type has no field
// for working notes, and toExportableCase copies only what each record's schema declares,
// so a working note cannot ride along, not even as a stray property.
import { caseEntrySchema, type CaseEntry } from './caseEntry';
import { zorgdossierSchema, type Zorgdossier } from './case';
import { buildChronology, type ChronologyItem, type ExternalChronologyEvent } from './chronology';
import { consentSchema, type Consent } from './consent';
import { involvementSchema, type Involvement } from './involvement';
import { pupilSchema, type Pupil } from './pupil';

export interface ExportableCase {
  readonly pupil: Pupil;
  readonly case: Zorgdossier;
  /** The formal chronology (signal, entries, consents, involvements, external events). */
  readonly chronology: readonly ChronologyItem[];
  readonly involvements: readonly Involvement[];
  readonly consents: readonly Consent[];
}

export interface ExportableCaseInput {
  readonly pupil: Pupil;
  readonly case: Zorgdossier;
  readonly entries: readonly CaseEntry[];
  readonly consents: readonly Consent[];
  readonly involvements: readonly Involvement[];
  readonly external?: readonly ExternalChronologyEvent[];
}

/**
 * Keeps only records that are formal case entries of `caseId`. Anything else (a working
 * note, a record of another type, an entry with undeclared extra fields) is dropped, so a
 * list read loosely from storage can be passed safely.
 */
export function formalEntriesOnly(records: readonly unknown[], caseId: string): CaseEntry[] {
  return records.flatMap((record) => {
    const parsed = caseEntrySchema.safeParse(record);
    return parsed.success && parsed.data.caseId === caseId ? [parsed.data] : [];
  });
}

/**
 * Builds the exportable form of a case. Every record is re-read through its strict schema
 * (fresh objects, declared fields only; a record that does not fit throws, because exporting
 * something unexpected is worse than not exporting). Entries, consents and involvements of
 * other cases are left out.
 */
export function toExportableCase(input: ExportableCaseInput): ExportableCase {
  const zorgdossier = zorgdossierSchema.parse(input.case);
  const pupil = pupilSchema.parse(input.pupil);
  if (zorgdossier.pupilId !== pupil.id)
    throw new Error('exportable-case: the case belongs to another pupil');
  const entries = formalEntriesOnly(input.entries, zorgdossier.id);
  const consents = input.consents
    .filter((c) => c.caseId === zorgdossier.id)
    .map((c) => consentSchema.parse(c));
  const involvements = input.involvements
    .filter((i) => i.caseId === zorgdossier.id)
    .map((i) => involvementSchema.parse(i));
  const chronology = buildChronology(
    zorgdossier,
    entries,
    consents,
    involvements,
    input.external ?? [],
  );
  return { pupil, case: zorgdossier, chronology, involvements, consents };
}
