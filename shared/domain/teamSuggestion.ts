// Runs in: any environment.
//
// Which team should a referral go to? Routing follows the family's home, not the school
// (brief §6): a team whose postcode ranges contain the pupil's home postcode is the surest
// match, a team serving the home municipality the next best. The suggestion says why, so
// the IB can check it instead of trusting it blindly.
import { normalizeForSearch } from '../search/normalize';
import type { Organisation, OrganisationKind, PostcodeRange } from './directory';
import { postcodeArea } from './postcode';
import type { Pupil } from './pupil';

/** The kinds that take referrals by area unless the caller asks for others. */
export const DEFAULT_TEAM_KINDS: readonly OrganisationKind[] = ['ondersteuningsteam', 'wijkteam'];

/** Why a team was suggested. */
export type TeamMatch =
  | { readonly reason: 'postcode-in-range'; readonly range: PostcodeRange }
  | { readonly reason: 'municipality'; readonly municipality: string };

export interface TeamSuggestion {
  readonly organisation: Organisation;
  readonly match: TeamMatch;
}

function rangeSize(range: PostcodeRange): number {
  return Number(range.to) - Number(range.from);
}

/**
 * Teams serving the pupil's home, best first: postcode-range matches (the narrowest range
 * first), then municipality matches; ties by name. Municipalities compare without case,
 * accents or punctuation ("'s-Hertogenbosch" = "s Hertogenbosch"). Returns an empty list when
 * the pupil has no postcode or municipality, or nothing matches.
 */
export function suggestTeamsFor(
  pupil: Pick<Pupil, 'homePostcode' | 'homeMunicipality'>,
  organisations: readonly Organisation[],
  kinds: readonly OrganisationKind[] = DEFAULT_TEAM_KINDS,
): TeamSuggestion[] {
  const area = pupil.homePostcode === undefined ? undefined : postcodeArea(pupil.homePostcode);
  const municipality =
    pupil.homeMunicipality === undefined ? '' : normalizeForSearch(pupil.homeMunicipality);
  const byPostcode: { suggestion: TeamSuggestion; size: number }[] = [];
  const byMunicipality: TeamSuggestion[] = [];

  for (const organisation of organisations) {
    if (!kinds.includes(organisation.kind)) continue;
    const ranges =
      area === undefined
        ? []
        : organisation.postcodeRanges.filter((r) => Number(r.from) <= area && area <= Number(r.to));
    const narrowest = ranges.sort((a, b) => rangeSize(a) - rangeSize(b))[0];
    if (narrowest !== undefined) {
      byPostcode.push({
        suggestion: { organisation, match: { reason: 'postcode-in-range', range: narrowest } },
        size: rangeSize(narrowest),
      });
      continue;
    }
    const served =
      municipality === ''
        ? undefined
        : organisation.municipalities.find((m) => normalizeForSearch(m) === municipality);
    if (served !== undefined)
      byMunicipality.push({
        organisation,
        match: { reason: 'municipality', municipality: served },
      });
  }

  const byName = (a: Organisation, b: Organisation): number => a.name.localeCompare(b.name, 'nl');
  byPostcode.sort(
    (a, b) => a.size - b.size || byName(a.suggestion.organisation, b.suggestion.organisation),
  );
  byMunicipality.sort((a, b) => byName(a.organisation, b.organisation));
  return [...byPostcode.map((p) => p.suggestion), ...byMunicipality];
}

/** Organisations a referral can go to: the suggested teams first, then the rest by name (never leerplicht). */
export function recipientOptions(
  pupil: Pick<Pupil, 'homePostcode' | 'homeMunicipality'>,
  organisations: readonly Organisation[],
): { readonly organisation: Organisation; readonly suggested: boolean }[] {
  const suggested = suggestTeamsFor(pupil, organisations).map((s) => s.organisation.id);
  const rest = organisations
    .filter((o) => !suggested.includes(o.id) && o.kind !== 'leerplicht')
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return [
    ...suggested.flatMap((id) =>
      organisations
        .filter((o) => o.id === id)
        .map((organisation) => ({ organisation, suggested: true })),
    ),
    ...rest.map((organisation) => ({ organisation, suggested: false })),
  ];
}
