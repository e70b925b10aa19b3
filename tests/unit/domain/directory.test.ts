// Unit tests for the directory: team suggestion by home postcode and municipality, and
// reaching a replacement while a contact is away.
import { describe, expect, it } from 'vitest';
import {
  contactPersonSchema,
  organisationSchema,
  reachableContact,
  type ContactPerson,
} from '../../../shared/domain/directory';
import { recipientOptions, suggestTeamsFor } from '../../../shared/domain/teamSuggestion';
import { organisation, pupil, T0 } from './builders';

const centrum = organisation({
  id: 'o-centrum',
  name: 'Wijkteam Enschede-Centrum',
  postcodeRanges: [{ from: '7511', to: '7514' }],
  municipalities: ['Enschede'],
});
const city = organisation({
  id: 'o-ot',
  name: 'Ondersteuningsteam Enschede',
  kind: 'ondersteuningsteam',
  postcodeRanges: [{ from: '7500', to: '7547' }],
});
const hengelo = organisation({
  id: 'o-hengelo',
  name: 'Wijkteam Hengelo',
  municipalities: ['Hengelo'],
  postcodeRanges: [{ from: '7550', to: '7559' }],
});
const denBosch = organisation({
  id: 'o-bosch',
  name: "Wijkteam 's-Hertogenbosch",
  municipalities: ["'s-Hertogenbosch"],
});
const ggd = organisation({
  id: 'o-ggd',
  name: 'GGD Twente',
  kind: 'ggd-jgz',
  postcodeRanges: [{ from: '7500', to: '7699' }],
});
const all = [hengelo, city, ggd, centrum, denBosch];

describe('suggestTeamsFor', () => {
  it('puts postcode matches first, the narrowest range first, with the reason', () => {
    const suggestions = suggestTeamsFor(
      pupil({ homePostcode: '7511 JK', homeMunicipality: 'Enschede' }),
      all,
    );
    expect(suggestions.map((s) => s.organisation.id)).toEqual(['o-centrum', 'o-ot']);
    expect(suggestions[0]?.match).toEqual({
      reason: 'postcode-in-range',
      range: { from: '7511', to: '7514' },
    });
  });

  it('falls back to the municipality, compared without case or punctuation', () => {
    const suggestions = suggestTeamsFor(
      pupil({ homePostcode: undefined, homeMunicipality: 's Hertogenbosch' }),
      all,
    );
    expect(suggestions).toEqual([
      {
        organisation: denBosch,
        match: { reason: 'municipality', municipality: "'s-Hertogenbosch" },
      },
    ]);
  });

  it('ranks postcode matches above municipality matches', () => {
    const byTown = organisation({
      id: 'o-town',
      name: 'Aaa Wijkteam',
      municipalities: ['Enschede'],
    });
    const suggestions = suggestTeamsFor(
      pupil({ homePostcode: '7520 AB', homeMunicipality: 'Enschede' }),
      [byTown, city],
    );
    expect(suggestions.map((s) => [s.organisation.id, s.match.reason])).toEqual([
      ['o-ot', 'postcode-in-range'],
      ['o-town', 'municipality'],
    ]);
  });

  it('only suggests the kinds asked for, and nothing without an address', () => {
    expect(
      suggestTeamsFor(pupil({ homePostcode: '7511 JK' }), all, ['ggd-jgz']).map(
        (s) => s.organisation.id,
      ),
    ).toEqual(['o-ggd']);
    expect(
      suggestTeamsFor(pupil({ homePostcode: undefined, homeMunicipality: undefined }), all),
    ).toEqual([]);
  });
});

describe('directory records', () => {
  it('validates postcode ranges', () => {
    expect(organisationSchema.safeParse(centrum).success).toBe(true);
    expect(
      organisationSchema.safeParse({ ...centrum, postcodeRanges: [{ from: '7547', to: '7500' }] })
        .success,
    ).toBe(false);
    expect(
      organisationSchema.safeParse({ ...centrum, postcodeRanges: [{ from: '750', to: '7547' }] })
        .success,
    ).toBe(false);
  });

  const contact = (
    overrides: Partial<ContactPerson> & Pick<ContactPerson, 'id'>,
  ): ContactPerson => ({
    organisationId: 'o-centrum',
    name: 'Joost Kamphuis',
    role: 'wijkcoach',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  });

  it('follows replacements while a contact is away, and stops at a cycle', () => {
    const joost = contact({ id: 'c-joost', absentUntil: '2026-03-31', replacedBy: 'c-ilse' });
    const ilse = contact({
      id: 'c-ilse',
      name: 'Ilse Wevers',
      absentUntil: '2026-02-15',
      replacedBy: 'c-joost',
    });
    expect(contactPersonSchema.safeParse(joost).success).toBe(true);
    expect(reachableContact(joost, [joost, ilse], '2026-03-01').id).toBe('c-ilse');
    expect(reachableContact(joost, [joost, ilse], '2026-04-01').id).toBe('c-joost');
    expect(reachableContact(joost, [joost, ilse], '2026-03-31').id).toBe('c-ilse');
    expect(reachableContact(joost, [joost, ilse], '2026-02-01').id).toBe('c-ilse');
  });
});

describe('recipientOptions', () => {
  it('offers the suggested teams first, then the others by name, never leerplicht', () => {
    const leerplicht = organisation({
      id: 'o-lp',
      name: 'Leerplicht Enschede',
      kind: 'leerplicht',
    });
    const options = recipientOptions(
      pupil({ homePostcode: '7511 JK', homeMunicipality: 'Enschede' }),
      [...all, leerplicht],
    );
    expect(options.map((o) => [o.organisation.id, o.suggested])).toEqual([
      ['o-centrum', true],
      ['o-ot', true],
      ['o-ggd', false],
      ['o-bosch', false],
      ['o-hengelo', false],
    ]);
  });
});
