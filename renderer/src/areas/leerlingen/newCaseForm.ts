// Runs in: renderer.
//
// The "Nieuw zorgdossier" form as data: the draft (signal, hulpvraag, leefgebieden), its
// validation into field error codes, and the case record it creates (status signalering).
// Pure, so the rules are unit-tested without a browser.
import { zorgdossierSchema, type Zorgdossier } from '../../../../shared/domain/case';
import { compareIsoDates, isValidIsoDate, type IsoDate } from '../../../../shared/domain/dates';
import type { FieldErrorCode } from '../../../../shared/domain/pupilForm';

export interface CaseDraft {
  readonly signalDate: string;
  readonly raisedBy: string;
  readonly description: string;
  readonly hulpvraag: string;
  readonly leefgebieden: readonly string[];
}

export type CaseDraftField = 'signalDate' | 'raisedBy' | 'description' | 'hulpvraag';

export function emptyCaseDraft(today: IsoDate): CaseDraft {
  return { signalDate: today, raisedBy: '', description: '', hulpvraag: '', leefgebieden: [] };
}

export function validateCaseDraft(
  draft: CaseDraft,
  today: IsoDate,
): Partial<Record<CaseDraftField, FieldErrorCode>> {
  const errors: Partial<Record<CaseDraftField, FieldErrorCode>> = {};
  const date = draft.signalDate.trim();
  if (date === '') errors.signalDate = 'required';
  else if (!isValidIsoDate(date)) errors.signalDate = 'date-invalid';
  else if (compareIsoDates(date, today) > 0) errors.signalDate = 'date-in-future';
  const raisedBy = draft.raisedBy.trim();
  if (raisedBy === '') errors.raisedBy = 'required';
  else if (raisedBy.length > 200) errors.raisedBy = 'too-long';
  if (draft.description.length > 4000) errors.description = 'too-long';
  if (draft.hulpvraag.length > 4000) errors.hulpvraag = 'too-long';
  return errors;
}

/** The new case (status signalering), or undefined if the domain schema refuses it. */
export function caseFromDraft(
  draft: CaseDraft,
  context: { readonly pupilId: string; readonly id: string; readonly now: string },
): Zorgdossier | undefined {
  const parsed = zorgdossierSchema.safeParse({
    id: context.id,
    pupilId: context.pupilId,
    signal: {
      date: draft.signalDate.trim(),
      raisedBy: draft.raisedBy.trim(),
      description: draft.description.trim(),
    },
    hulpvraag: draft.hulpvraag.trim(),
    leefgebieden: [...new Set(draft.leefgebieden)],
    status: 'signalering',
    createdAt: context.now,
    updatedAt: context.now,
  });
  return parsed.success ? parsed.data : undefined;
}
