// Runs in: any environment.
//
// The chronology of a case: every event of its formal file in one list, in time order
// (brief §2, "per-pupil chronology"). It merges the case's own signal, the case entries,
// consents given and withdrawn, and professionals joining the case; later modules
// (meetings, referrals) add theirs as external events. Working notes are not an input:
// the chronology is the formal file.
import type { CaseEntry, CaseEntryKind } from './caseEntry';
import type { Signal, Zorgdossier } from './case';
import type { Consent } from './consent';
import { compareIsoDates, type IsoDate } from './dates';
import type { Involvement } from './involvement';
import type { MeetingKind } from './consent';
import type { ReferralRouteKind, ReferralStatus } from '../referrals/referral';

/** Entry kinds plus 'betrokkene' (a professional joined the case). */
export type ChronologyKind = CaseEntryKind | 'betrokkene';

/**
 * What an external event says, as data: a screen words it in its own language. (`title` is
 * the Dutch wording, for documents, which are Dutch whatever the screen's language.)
 */
export type ExternalEventLabel =
  | {
      readonly kind: 'meeting-discussed';
      readonly meetingKind: MeetingKind;
      readonly anonymous: boolean;
    }
  | { readonly kind: 'meeting-action'; readonly description: string }
  | {
      readonly kind: 'referral-status';
      readonly status: ReferralStatus;
      readonly recipient: string;
      readonly reason?: string;
    }
  | { readonly kind: 'referral-feedback'; readonly from: string; readonly recipient: string }
  | { readonly kind: 'referral-route'; readonly route: ReferralRouteKind };

/** An event contributed by another module (meeting, referral, …), already described. */
export interface ExternalChronologyEvent {
  /** Unique and stable, e.g. "meeting:<id>". */
  readonly key: string;
  readonly kind: CaseEntryKind;
  readonly date: IsoDate;
  readonly recordedAt: string;
  /** The Dutch wording (documents). */
  readonly title: string;
  /** The same as data, for the screen's language. */
  readonly label: ExternalEventLabel;
  readonly refId?: string;
}

interface ItemBase {
  /** Unique within the chronology and stable across rebuilds (for React keys and links). */
  readonly key: string;
  readonly kind: ChronologyKind;
  /** When the event happened. */
  readonly date: IsoDate;
  /** When it was recorded: orders events of the same date. */
  readonly recordedAt: string;
}

export type ChronologyItem =
  | (ItemBase & { readonly source: 'signal'; readonly kind: 'signaal'; readonly signal: Signal })
  | (ItemBase & { readonly source: 'entry'; readonly entry: CaseEntry })
  | (ItemBase & {
      readonly source: 'consent-given';
      readonly kind: 'toestemming';
      readonly consent: Consent;
    })
  | (ItemBase & {
      readonly source: 'consent-withdrawn';
      readonly kind: 'toestemming';
      readonly consent: Consent;
    })
  | (ItemBase & {
      readonly source: 'involvement';
      readonly kind: 'betrokkene';
      readonly involvement: Involvement;
    })
  | (ItemBase & { readonly source: 'external'; readonly event: ExternalChronologyEvent });

function compareTimestamps(a: string, b: string): number {
  // Timestamps may carry different offsets, so compare instants, not strings.
  return Date.parse(a) - Date.parse(b);
}

/** Time order: by date, then by when recorded, then by key so equal items never swap. */
export function compareChronologyItems(a: ChronologyItem, b: ChronologyItem): number {
  return (
    compareIsoDates(a.date, b.date) ||
    compareTimestamps(a.recordedAt, b.recordedAt) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/**
 * All events of `zorgdossier` in time order, oldest first. Records of other cases are
 * ignored, so callers may pass wider lists. Consents give one event on their date and, when
 * withdrawn, one on the withdrawal date; involvements give one on their `since` date.
 */
export function buildChronology(
  zorgdossier: Zorgdossier,
  entries: readonly CaseEntry[],
  consents: readonly Consent[],
  involvements: readonly Involvement[],
  external: readonly ExternalChronologyEvent[] = [],
): ChronologyItem[] {
  const caseId = zorgdossier.id;
  const items: ChronologyItem[] = [
    {
      source: 'signal',
      key: `signal:${caseId}`,
      kind: 'signaal',
      date: zorgdossier.signal.date,
      recordedAt: zorgdossier.createdAt,
      signal: zorgdossier.signal,
    },
  ];
  for (const entry of entries) {
    if (entry.caseId !== caseId) continue;
    items.push({
      source: 'entry',
      key: `entry:${entry.id}`,
      kind: entry.kind,
      date: entry.date,
      recordedAt: entry.recordedAt,
      entry,
    });
  }
  for (const consent of consents) {
    if (consent.caseId !== caseId) continue;
    items.push({
      source: 'consent-given',
      key: `consent:${consent.id}`,
      kind: 'toestemming',
      date: consent.date,
      recordedAt: consent.createdAt,
      consent,
    });
    if (consent.withdrawn !== undefined) {
      items.push({
        source: 'consent-withdrawn',
        key: `consent-withdrawn:${consent.id}`,
        kind: 'toestemming',
        date: consent.withdrawn.date,
        recordedAt: consent.updatedAt,
        consent,
      });
    }
  }
  for (const involvement of involvements) {
    if (involvement.caseId !== caseId) continue;
    items.push({
      source: 'involvement',
      key: `involvement:${involvement.id}`,
      kind: 'betrokkene',
      date: involvement.since,
      recordedAt: involvement.createdAt,
      involvement,
    });
  }
  for (const event of external) {
    items.push({
      source: 'external',
      key: `external:${event.key}`,
      kind: event.kind,
      date: event.date,
      recordedAt: event.recordedAt,
      event,
    });
  }
  return items.sort(compareChronologyItems);
}
