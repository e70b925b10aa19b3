// Runs in: renderer.
//
// Turns each ConsentReason of evaluateConsent into a message key and its values, so the
// "Toestemming controleren" answer explains in plain words why something is not allowed.
// Every code has a message (the switch is exhaustive).
import type { ConsentReason } from '../../../shared/domain/consentEvaluation';
import type { ConsentPurpose, DataCategory, MeetingKind } from '../../../shared/domain/consent';
import type { IsoDate } from '../../../shared/domain/dates';

export type ReasonMessageKey =
  | ConsentReason['code']
  | 'missing-guardian-later'
  | 'missing-guardian-refused'
  | 'missing-pupil-consent-later'
  | 'missing-pupil-consent-refused';

/** How the values in a message are written; the screen passes translated labels. */
export interface ReasonFormatters {
  readonly date: (date: IsoDate) => string;
  readonly purpose: (purpose: ConsentPurpose) => string;
  readonly meetingKind: (kind: MeetingKind) => string;
  readonly category: (category: DataCategory) => string;
  readonly organisation: (id: string) => string;
  /** Joins a list the way the language does ("a, b en c"). */
  readonly list: (items: readonly string[]) => string;
}

export interface ReasonMessage {
  readonly key: ReasonMessageKey;
  readonly values: Readonly<Record<string, string>>;
}

export function reasonMessage(reason: ConsentReason, f: ReasonFormatters): ReasonMessage {
  switch (reason.code) {
    case 'meeting-kind-required':
    case 'recipient-required':
    case 'document-name-required':
      return { key: reason.code, values: {} };
    case 'no-consent-for-purpose':
      return { key: reason.code, values: { purpose: f.purpose(reason.purpose) } };
    case 'meeting-kind-not-covered':
      return { key: reason.code, values: { meetingKind: f.meetingKind(reason.meetingKind) } };
    case 'wrong-recipient':
      return {
        key: reason.code,
        values: { recipient: f.organisation(reason.recipientOrganisationId) },
      };
    case 'document-not-covered':
      return { key: reason.code, values: { documentName: reason.documentName } };
    case 'not-yet-valid':
      return { key: reason.code, values: { date: f.date(reason.validFrom) } };
    case 'expired':
      return { key: reason.code, values: { date: f.date(reason.validUntil) } };
    case 'withdrawn':
      return { key: reason.code, values: { date: f.date(reason.date), by: reason.by } };
    case 'category-not-covered':
      return {
        key: reason.code,
        values: { categories: f.list(reason.categories.map(f.category)) },
      };
    case 'no-guardian-with-gezag':
      return { key: reason.code, values: {} };
    case 'missing-guardian':
      if (reason.refusedOn !== undefined)
        return {
          key: 'missing-guardian-refused',
          values: { name: reason.guardianName, date: f.date(reason.refusedOn) },
        };
      return reason.signedOn === undefined
        ? { key: 'missing-guardian', values: { name: reason.guardianName } }
        : {
            key: 'missing-guardian-later',
            values: { name: reason.guardianName, date: f.date(reason.signedOn) },
          };
    case 'missing-pupil-consent':
      if (reason.refusedOn !== undefined)
        return { key: 'missing-pupil-consent-refused', values: { date: f.date(reason.refusedOn) } };
      return reason.signedOn === undefined
        ? { key: 'missing-pupil-consent', values: {} }
        : { key: 'missing-pupil-consent-later', values: { date: f.date(reason.signedOn) } };
    default: {
      const never: never = reason;
      throw new Error(`unknown consent reason ${JSON.stringify(never)}`);
    }
  }
}

/** "a", "a en b", "a, b en c" (nl) / "a, b and c" (en). */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1) ?? ''}`;
}

/**
 * The reasons beyond "no consent for this purpose and recipient" (which the caller's own
 * sentence already says), each as its sentence, joined: why a consent that exists still does
 * not allow the use (expired, withdrawn, a signature missing, …).
 */
export function furtherReasons(
  reasons: readonly ConsentReason[],
  f: ReasonFormatters,
  sentence: (message: ReasonMessage) => string,
): string {
  return reasons
    .filter((r) => r.code !== 'no-consent-for-purpose' && r.code !== 'wrong-recipient')
    .map((r) => sentence(reasonMessage(r, f)))
    .join(' ');
}
