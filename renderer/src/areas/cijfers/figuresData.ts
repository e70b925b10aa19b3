// Runs in: renderer.
//
// Gathers the records the figures are computed from (shared/figures/compute.ts) out of the
// unlocked vault's working set, and publishes the figures of a period and of the year
// before. Only published (suppressed) figures leave this module.
import { CARE_SETTINGS_RECORD_ID } from '../../../../shared/domain/careSettings';
import type { IsoDate } from '../../../../shared/domain/dates';
import { DEFAULT_LEEFGEBIEDEN } from '../../../../shared/domain/leefgebieden';
import { yearBefore, type DatePeriod } from '../../../../shared/domain/schoolYear';
import { computeFigures, type FiguresInput } from '../../../../shared/figures/compute';
import type { PublishedFigures } from '../../../../shared/figures/model';
import { nameSourcesOf, nameWords } from '../../../../shared/figures/points';
import { publishFigures } from '../../../../shared/figures/suppression';
import type { AppSession } from '../../security/VaultProvider';

/** The record types the figures read; the screen recomputes when one of them changes. */
export const FIGURE_RECORD_TYPES = [
  'pupil',
  'case',
  'case.entry',
  'meeting',
  'case.actieplan',
  'case.referral',
  'referral.received',
  'case.consent',
  'case.meldcode',
  'directory.organisation',
  'directory.contact',
  'school.care-settings',
] as const;

export function figuresInput(session: AppSession, today: IsoDate): FiguresInput {
  const records = session.records;
  const meetings = records.list('meeting');
  const plans = records.list('case.actieplan');
  const leefgebieden =
    records.get('school.care-settings', CARE_SETTINGS_RECORD_ID)?.leefgebieden ??
    DEFAULT_LEEFGEBIEDEN;
  return {
    cases: records.list('case'),
    caseEntries: records.list('case.entry'),
    meetings,
    plans,
    referrals: records.list('case.referral'),
    receivedReferrals: records.list('referral.received'),
    consents: records.list('case.consent'),
    meldcodeTracks: records.list('case.meldcode'),
    organisations: records.list('directory.organisation'),
    leefgebiedOrder: leefgebieden.map((l) => l.id),
    nameWords: nameWords(
      nameSourcesOf({
        pupils: records.list('pupil'),
        contacts: records.list('directory.contact'),
        meetings,
        plans,
      }),
    ),
    today,
  };
}

export interface PublishedComparison {
  readonly current: PublishedFigures;
  readonly previous: PublishedFigures;
}

/** The published figures of `period` and of the same period a year earlier. */
export function publishedComparison(input: FiguresInput, period: DatePeriod): PublishedComparison {
  return {
    current: publishFigures(computeFigures(input, period)),
    previous: publishFigures(computeFigures(input, yearBefore(period))),
  };
}
