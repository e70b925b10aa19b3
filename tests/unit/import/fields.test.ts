// Unit tests for header mapping: Dutch synonyms of ParnasSys, ESIS and Magister exports.
import { describe, expect, it } from 'vitest';
import {
  fieldForHeader,
  normalizeHeader,
  suggestColumnFields,
} from '../../../shared/import/csv/fields';

describe('header mapping', () => {
  it.each([
    ['Roepnaam', 'firstName'],
    ['Voornaam', 'firstName'],
    ['Tussenvoegsel', 'tussenvoegsel'],
    ['Voorvoegsel', 'tussenvoegsel'],
    ['Achternaam', 'lastName'],
    ['Geboortedatum', 'dateOfBirth'],
    ['Geb. datum', 'dateOfBirth'],
    ['Groep', 'group'],
    ['Klas', 'group'],
    ['Stamgroep', 'group'],
    ['Postcode', 'homePostcode'],
    ['Woonplaats', 'homeMunicipality'],
    ['Gemeente', 'homeMunicipality'],
    ['Leerlingnummer', 'externalId'],
    ['Stamnummer', 'externalId'],
    ['Naam ouder/verzorger 1', 'guardian1Name'],
    ['Naam Ouder1', 'guardian1Name'],
    ['Gezag ouder 1', 'guardian1Gezag'],
    ['Gezag ouder/verzorger 2', 'guardian2Gezag'],
    ['Relatie ouder/verzorger 2', 'guardian2Relation'],
    ['Telefoon', 'guardian1Phone'],
    ['Telefoon ouder 2', 'guardian2Phone'],
    ['E-mail', 'guardian1Email'],
    ['E-mailadres ouder/verzorger 2', 'guardian2Email'],
  ])('%j → %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('leaves unknown headers unmapped', () => {
    expect(fieldForHeader('Geslacht')).toBeUndefined();
    expect(fieldForHeader('Adres')).toBeUndefined();
  });

  it('normalises case, accents, punctuation and digits glued to words', () => {
    expect(normalizeHeader(' Naam  Ouder/Verzorger1 ')).toBe('naam ouder verzorger 1');
  });

  it('gives each field one column: the more specific header wins, then the leftmost', () => {
    expect(suggestColumnFields(['Voornamen', 'Roepnaam', 'Achternaam', 'Geslacht'])).toEqual([
      null,
      'firstName',
      'lastName',
      null,
    ]);
    expect(suggestColumnFields(['Telefoon', 'Telefoon ouder 1'])).toEqual([null, 'guardian1Phone']);
    expect(suggestColumnFields(['Klas', 'Groep'])).toEqual([null, 'group']);
  });
});
