// Runs in: any environment.
//
// Betrokkenen: the professionals involved in one case. Families with many problems often
// have "eight, nine care workers who didn't know what the others were doing" (brief §7), so
// each case keeps who is involved, since when, who leads (the regisseur), who is away and
// replaced by whom, and how closely they coordinate (levels 0-5).
import { z } from 'zod';
import { defineRecordType } from '../records/registry';
import type { Regisseur, Zorgdossier } from './case';
import { compareIsoDates, isoDateSchema, timestampSchema, type IsoDate } from './dates';
import { emailSchema, phoneSchema, recordIdSchema, requiredText } from './fields';

/**
 * The coordination ladder of the brief (§7), lowest first. The id is stored; `level` orders
 * them; `label` is the Dutch name for documents (the UI translates the id).
 */
export const COORDINATION_LEVELS = [
  { id: 'van-elkaar-weten', level: 0, label: 'Van elkaar weten' },
  { id: 'informeren', level: 1, label: 'Informeren' },
  { id: 'afstemmen', level: 2, label: 'Afstemmen' },
  { id: 'een-plan', level: 3, label: 'Eén plan' },
  { id: 'gezin-partij-bij-plan', level: 4, label: 'Gezin is partij bij het plan' },
  { id: 'zorgcoordinatie', level: 5, label: 'Zorgcoördinatie met een gezinscoach' },
] as const;
export type CoordinationLevelId = (typeof COORDINATION_LEVELS)[number]['id'];
const COORDINATION_LEVEL_IDS = COORDINATION_LEVELS.map((l) => l.id) as [
  CoordinationLevelId,
  ...CoordinationLevelId[],
];

/** The number 0..5 of a coordination level id. */
export function coordinationLevelNumber(id: CoordinationLevelId): number {
  return COORDINATION_LEVELS.find((l) => l.id === id)?.level ?? 0;
}

export const involvementSchema = z
  .object({
    id: recordIdSchema,
    caseId: recordIdSchema,
    /** The directory entry this person comes from, when there is one. */
    contactId: recordIdSchema.optional(),
    /** Name as shown in the case (copied from the directory, or typed for a one-off contact). */
    name: requiredText(200),
    role: requiredText(200),
    organisationId: recordIdSchema.optional(),
    organisationName: requiredText(200).optional(),
    phone: phoneSchema.optional(),
    email: emailSchema.optional(),
    /** Involved since; a chronology event on that date. */
    since: isoDateSchema,
    isRegisseur: z.boolean(),
    /** Away (leave, illness) until an inclusive date, and who takes over meanwhile. */
    absent: z
      .object({ until: isoDateSchema.optional(), replacedBy: requiredText(200).optional() })
      .strict()
      .optional(),
    coordinationLevel: z.enum(COORDINATION_LEVEL_IDS),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .strict();
export type Involvement = z.infer<typeof involvementSchema>;

export const involvementRecordType = defineRecordType({
  type: 'case.involvement',
  version: 1,
  schema: involvementSchema,
  migrations: {},
  searchText: (i) => [i.name, i.role, i.organisationName ?? ''],
  parentOf: (i) => i.caseId,
});

/**
 * True when the person is away on `onDate`: absent without an end date, or until a date on
 * or after `onDate`.
 */
export function isInvolvementAbsentOn(
  involvement: Pick<Involvement, 'absent'>,
  onDate: IsoDate,
): boolean {
  if (involvement.absent === undefined) return false;
  return (
    involvement.absent.until === undefined || compareIsoDates(onDate, involvement.absent.until) <= 0
  );
}

/** A case with more than one professional marked as regisseur. */
export interface RegisseurConflict {
  readonly code: 'involvement.multiple-regisseurs';
  readonly caseId: string;
  readonly involvementIds: readonly string[];
}

/**
 * Checks "at most one regisseur per case" over any set of involvements (of one or several
 * cases). Returns one conflict per case that breaks the rule; empty when all is well.
 */
export function findRegisseurConflicts(involvements: readonly Involvement[]): RegisseurConflict[] {
  const byCase = new Map<string, string[]>();
  for (const i of involvements) {
    if (!i.isRegisseur) continue;
    byCase.set(i.caseId, [...(byCase.get(i.caseId) ?? []), i.id]);
  }
  return [...byCase.entries()]
    .filter(([, ids]) => ids.length > 1)
    .map(([caseId, involvementIds]) => ({
      code: 'involvement.multiple-regisseurs',
      caseId,
      involvementIds,
    }));
}

/**
 * Makes `involvementId` the only regisseur of its case (or nobody, with undefined). Returns
 * the involvements whose flag changed, with `updatedAt` set to `now`: those are the records
 * to store. Involvements of other cases are never touched.
 */
export function assignRegisseur(
  involvements: readonly Involvement[],
  caseId: string,
  involvementId: string | undefined,
  now: string,
): Involvement[] {
  return involvements
    .filter((i) => i.caseId === caseId && i.isRegisseur !== (i.id === involvementId))
    .map((i) => ({ ...i, isRegisseur: i.id === involvementId, updatedAt: now }));
}

/** The case's regisseur as shown: the flagged involvement first, else the case's own field. */
export type ResolvedRegisseur =
  | { readonly kind: 'involvement'; readonly involvement: Involvement }
  | { readonly kind: 'name'; readonly name: string };

/**
 * Resolves who leads the case. An involvement of this case marked isRegisseur wins; else the
 * case's `regisseur` field (an involvement id of this case, or a plain name). Undefined when
 * nobody is recorded, or the field points at an involvement that no longer exists.
 */
export function resolveRegisseur(
  zorgdossier: Pick<Zorgdossier, 'id'> & { readonly regisseur?: Regisseur },
  involvements: readonly Involvement[],
): ResolvedRegisseur | undefined {
  const own = involvements.filter((i) => i.caseId === zorgdossier.id);
  const flagged = own.find((i) => i.isRegisseur);
  if (flagged !== undefined) return { kind: 'involvement', involvement: flagged };
  const field = zorgdossier.regisseur;
  if (field === undefined) return undefined;
  if (field.kind === 'name') return { kind: 'name', name: field.name };
  const linked = own.find((i) => i.id === field.involvementId);
  return linked === undefined ? undefined : { kind: 'involvement', involvement: linked };
}
