// Unit tests for the consent record's shape rules, the age bands of requiredConsenters, and
// the dashboard's list of consents expiring soon.
import { describe, expect, it } from 'vitest';
import { consentRecordType, consentSchema } from '../../../shared/domain/consent';
import { migrateRecord } from '../../../shared/records/registry';
import { ageBand, requiredConsenters } from '../../../shared/domain/consenters';
import {
  consentsExpiringWithin,
  isConsentInForce,
  isRenewedBy,
} from '../../../shared/domain/consentExpiry';
import { consent, exchangeConsent, mother, pupil, stepfather } from './builders';

describe('consent record', () => {
  it('accepts the builders', () => {
    expect(consentSchema.safeParse(consent()).success).toBe(true);
    expect(consentSchema.safeParse(exchangeConsent()).success).toBe(true);
  });

  it.each([
    ['a meeting kind on a recipient purpose', exchangeConsent({ meetingKinds: ['zorgteam'] })],
    ['no meeting kind for bespreken-op-naam', consent({ meetingKinds: undefined })],
    [
      'a recipient for bespreken-op-naam',
      consent({ recipientOrganisationId: 'org-wijk', recipientOrganisationName: 'Wijkteam' }),
    ],
    [
      'no recipient for verwijzen',
      exchangeConsent({
        purpose: 'verwijzen',
        recipientOrganisationId: undefined,
        recipientOrganisationName: undefined,
      }),
    ],
    ['a recipient id without its name', exchangeConsent({ recipientOrganisationName: undefined })],
    [
      'document-doorgeven without a document name',
      exchangeConsent({ purpose: 'document-doorgeven', dataCategories: ['benoemd-document'] }),
    ],
    [
      'document-doorgeven without the benoemd-document category',
      exchangeConsent({ purpose: 'document-doorgeven', documentName: 'OPP' }),
    ],
    ['benoemd-document on another purpose', consent({ dataCategories: ['benoemd-document'] })],
    ['validUntil before date', consent({ validUntil: '2026-01-09' })],
    ['withdrawn before it was given', consent({ withdrawn: { date: '2026-01-01', by: 'x' } })],
    [
      'the same guardian twice',
      consent({ givenBy: [consent().givenBy[0]!, consent().givenBy[0]!] }),
    ],
    [
      'a guardian without guardianId',
      consent({
        givenBy: [{ personKind: 'guardian', name: 'x', method: 'mondeling', date: '2026-01-10' }],
      }),
    ],
    ['nobody', consent({ givenBy: [] })],
    [
      'nobody who gave or refused, only people not asked',
      consent({ givenBy: [], notAsked: [{ personKind: 'pupil', name: 'Noor' }] }),
    ],
    ['the same guardian as giver and refuser', consent({ refusedBy: [consent().givenBy[0]!] })],
    [
      'the same guardian as giver and not asked',
      consent({
        notAsked: [
          { personKind: 'guardian', guardianId: consent().givenBy[0]!.guardianId!, name: 'x' },
        ],
      }),
    ],
    ['no categories', consent({ dataCategories: [] })],
    ['an unknown category', consent({ dataCategories: ['debts' as 'medisch'] })],
  ])('rejects %s', (_label, record) => {
    expect(consentSchema.safeParse(record).success).toBe(false);
  });

  it('records a refusal by everyone asked as a refusal', () => {
    const refusal = consent({
      givenBy: [],
      refusedBy: [{ ...consent().givenBy[0]!, method: 'mondeling', witnessedBy: 'juf Anouk' }],
    });
    expect(consentSchema.safeParse(refusal).success).toBe(true);
  });

  it('brings a version 1 record up to version 2 with empty refusal and not-asked lists', () => {
    const { refusedBy: _r, notAsked: _n, ...v1 } = consent();
    expect(migrateRecord(consentRecordType, 1, v1)).toEqual({ ...v1, refusedBy: [], notAsked: [] });
    expect(consentRecordType.version).toBe(2);
  });

  it('accepts a document consent done right', () => {
    expect(
      consentSchema.safeParse(
        exchangeConsent({
          purpose: 'document-doorgeven',
          documentName: 'Rapport groep 6',
          dataCategories: ['benoemd-document', 'basisgegevens'],
        }),
      ).success,
    ).toBe(true);
  });
});

describe('requiredConsenters', () => {
  it.each([
    [11, 'under-12'],
    [12, '12-to-15'],
    [15, '12-to-15'],
    [16, '16-and-older'],
    [19, '16-and-older'],
  ] as const)('age %i is band %s', (age, band) => {
    expect(ageBand(age)).toBe(band);
  });

  it('names the parents with gezag under 12, then adds the pupil, then the pupil alone', () => {
    const zoe = pupil();
    const names = (onDate: string): string[] =>
      requiredConsenters(zoe, onDate).consenters.map((c) => c.name);
    expect(names('2027-03-11')).toEqual(['Marieke van der Berg', 'Thomas van der Berg']);
    expect(names('2027-03-12')).toEqual([
      'Marieke van der Berg',
      'Thomas van der Berg',
      'Zoë van der Berg',
    ]);
    expect(names('2031-03-11')).toEqual([
      'Marieke van der Berg',
      'Thomas van der Berg',
      'Zoë van der Berg',
    ]);
    expect(names('2031-03-12')).toEqual(['Zoë van der Berg']);
  });

  it('reports when nobody with gezag is recorded', () => {
    expect(requiredConsenters(pupil({ guardians: [stepfather] }), '2026-02-01')).toEqual({
      age: 10,
      band: 'under-12',
      consenters: [],
      problem: 'no-guardian-with-gezag',
    });
    expect(requiredConsenters(pupil({ guardians: [] }), '2031-03-12').problem).toBeUndefined();
    expect(
      requiredConsenters(pupil({ guardians: [mother] }), '2026-02-01').problem,
    ).toBeUndefined();
  });
});

describe('consentsExpiringWithin', () => {
  const soon = consent({ id: 'k-soon', validUntil: '2026-03-10' });
  // Different meetings, so none of these renews another.
  const later = consent({ id: 'k-later', meetingKinds: ['zat'], validUntil: '2026-03-31' });
  const far = consent({
    id: 'k-far',
    meetingKinds: ['driehoeksoverleg'],
    validUntil: '2026-07-31',
  });
  const expired = consent({ id: 'k-expired', validUntil: '2026-02-28' });
  const withdrawn = consent({
    id: 'k-withdrawn',
    validUntil: '2026-03-05',
    withdrawn: { date: '2026-02-15', by: 'Marieke van der Berg' },
  });

  it('lists consents in force that end within the window, soonest first, with the days left', () => {
    const list = consentsExpiringWithin([far, later, soon, expired, withdrawn], '2026-03-01', 30);
    expect(list.map((e) => [e.consent.id, e.daysLeft])).toEqual([
      ['k-soon', 9],
      ['k-later', 30],
    ]);
  });

  it('includes today as the last day and leaves out what was renewed without a gap', () => {
    expect(consentsExpiringWithin([soon], '2026-03-10', 0).map((e) => e.daysLeft)).toEqual([0]);
    const renewal = consent({ id: 'k-renewal', date: '2026-03-11', validUntil: '2027-03-10' });
    expect(isRenewedBy(soon, renewal)).toBe(true);
    expect(consentsExpiringWithin([soon, renewal], '2026-03-01', 30)).toEqual([]);
    const gap = consent({ id: 'k-gap', date: '2026-03-12', validUntil: '2027-03-10' });
    expect(isRenewedBy(soon, gap)).toBe(false);
    const narrower = consent({
      id: 'k-narrow',
      dataCategories: ['basisgegevens'],
      validUntil: '2027-03-10',
    });
    expect(isRenewedBy(soon, narrower)).toBe(false);
  });

  it('knows when a consent is in force', () => {
    expect(isConsentInForce(withdrawn, '2026-02-14')).toBe(true);
    expect(isConsentInForce(withdrawn, '2026-02-15')).toBe(false);
    expect(isConsentInForce(soon, '2026-01-09')).toBe(false);
  });
});
