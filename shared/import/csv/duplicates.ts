// Runs in: any environment.
//
// Is this pupil already known? The same leerlingnummer means the same pupil (leading zeros
// do not count: Excel drops them). Without a number, the same name and date of birth does,
// compared without case, accents or punctuation ("Zoë" = "Zoe", "van der Berg" = "Van
// der Berg"). Checked against the vault's pupils and against earlier rows of the file.
import type { IsoDate } from '../../domain/dates';
import type { Pupil, PupilInput } from '../../domain/pupil';
import { normalizeForSearch } from '../../search/normalize';

export type DuplicateMatch = 'external-id' | 'name-and-date-of-birth';

export type DuplicateOf =
  | { readonly kind: 'existing'; readonly pupilId: string; readonly match: DuplicateMatch }
  | { readonly kind: 'row'; readonly rowNumber: number; readonly match: DuplicateMatch };

type Identity = Pick<
  PupilInput,
  'firstName' | 'tussenvoegsel' | 'lastName' | 'dateOfBirth' | 'externalId'
>;

/** The comparable leerlingnummer, or undefined when there is none. */
export function externalIdKey(externalId: string | undefined): string | undefined {
  if (externalId === undefined) return undefined;
  const key = normalizeForSearch(externalId)
    .replace(/ /g, '')
    .replace(/^0+(?=.)/, '');
  return key === '' ? undefined : key;
}

/** The comparable "full name + date of birth". */
export function nameAndBirthKey(pupil: {
  readonly firstName: string;
  readonly tussenvoegsel?: string;
  readonly lastName: string;
  readonly dateOfBirth: IsoDate;
}): string {
  return `${normalizeForSearch(`${pupil.firstName} ${pupil.tussenvoegsel ?? ''} ${pupil.lastName}`)}|${pupil.dateOfBirth}`;
}

/** Looks pupils up by both keys; the first one registered under a key wins. */
export class DuplicateFinder<Ref> {
  private readonly byExternalId = new Map<string, Ref>();
  private readonly byNameAndBirth = new Map<string, Ref>();

  add(pupil: Identity, ref: Ref): void {
    const idKey = externalIdKey(pupil.externalId);
    if (idKey !== undefined && !this.byExternalId.has(idKey)) this.byExternalId.set(idKey, ref);
    const nameKey = nameAndBirthKey(pupil);
    if (!this.byNameAndBirth.has(nameKey)) this.byNameAndBirth.set(nameKey, ref);
  }

  find(pupil: Identity): { readonly ref: Ref; readonly match: DuplicateMatch } | undefined {
    const idKey = externalIdKey(pupil.externalId);
    const byId = idKey === undefined ? undefined : this.byExternalId.get(idKey);
    if (byId !== undefined) return { ref: byId, match: 'external-id' };
    const byName = this.byNameAndBirth.get(nameAndBirthKey(pupil));
    return byName === undefined ? undefined : { ref: byName, match: 'name-and-date-of-birth' };
  }
}

/** A finder over the pupils already in the vault. */
export function existingPupilFinder(pupils: readonly Pupil[]): DuplicateFinder<string> {
  const finder = new DuplicateFinder<string>();
  for (const pupil of pupils) finder.add(pupil, pupil.id);
  return finder;
}
