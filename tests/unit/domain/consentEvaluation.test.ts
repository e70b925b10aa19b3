// Unit tests for evaluateConsent: the age bands (with the exact birthdays), missing
// parents, expiry, withdrawal, recipient and category scope, each with its reason code,
// plus properties that must hold for any set of consents.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  consentSchema,
  type Consent,
  type ConsentGiver,
  type DataCategory,
} from '../../../shared/domain/consent';
import {
  evaluateConsent,
  type ConsentDecision,
  type ConsentQuery,
  type ConsentReason,
} from '../../../shared/domain/consentEvaluation';
import { addDays, daysBetween } from '../../../shared/domain/dates';
import { consent, exchangeConsent, father, mother, pupil, stepfather } from './builders';

// Zoë is born on 2015-03-12: 12 on 2027-03-12, 16 on 2031-03-12.
const zoe = pupil();
const discuss = (onDate: string, categories: DataCategory[] = ['basisgegevens']): ConsentQuery => ({
  purpose: 'bespreken-op-naam',
  meetingKind: 'zorgteam',
  categories,
  onDate,
});

const signer = {
  mother: (date = '2026-01-10'): ConsentGiver => ({
    personKind: 'guardian',
    guardianId: mother.id,
    name: mother.name,
    method: 'schriftelijk',
    date,
  }),
  father: (date = '2026-01-10'): ConsentGiver => ({
    personKind: 'guardian',
    guardianId: father.id,
    name: father.name,
    method: 'schriftelijk',
    date,
  }),
  stepfather: (date = '2026-01-10'): ConsentGiver => ({
    personKind: 'guardian',
    guardianId: stepfather.id,
    name: stepfather.name,
    method: 'schriftelijk',
    date,
  }),
  pupil: (date = '2026-01-10'): ConsentGiver => ({
    personKind: 'pupil',
    name: 'Zoë van der Berg',
    method: 'mondeling',
    witnessedBy: 'Anouk (IB)',
    date,
  }),
};

/** A long-running consent so the birthday tests are about age only. */
const longConsent = (givenBy: ConsentGiver[], id = 'k-long'): Consent =>
  consent({ id, givenBy, validUntil: '2032-12-31' });

function reasons(decision: ConsentDecision): readonly ConsentReason[] {
  if (decision.allowed)
    throw new Error(`expected a refusal, got allowed by ${decision.consentIds.join(', ')}`);
  return decision.reasons;
}

describe('evaluateConsent: age bands', () => {
  const parents = longConsent([signer.mother(), signer.father()]);
  const parentsAndPupil = longConsent([signer.mother(), signer.father(), signer.pupil()]);
  const pupilOnly = longConsent([signer.pupil()]);

  it('under 12: every parent with gezag suffices; the parent without gezag and the pupil are not needed', () => {
    expect(evaluateConsent(discuss('2026-02-01'), zoe, [parents])).toEqual({
      allowed: true,
      consentIds: ['k-long'],
    });
  });

  it('under 12: the pupil alone is not enough', () => {
    expect(reasons(evaluateConsent(discuss('2026-02-01'), zoe, [pupilOnly]))).toEqual([
      {
        code: 'missing-guardian',
        consentId: 'k-long',
        guardianId: 'g-mother',
        guardianName: 'Marieke van der Berg',
      },
      {
        code: 'missing-guardian',
        consentId: 'k-long',
        guardianId: 'g-father',
        guardianName: 'Thomas van der Berg',
      },
    ]);
  });

  it('the day before the 12th birthday still counts as under 12', () => {
    expect(evaluateConsent(discuss('2027-03-11'), zoe, [parents]).allowed).toBe(true);
  });

  it('on the day of the 12th birthday the pupil must consent too', () => {
    expect(reasons(evaluateConsent(discuss('2027-03-12'), zoe, [parents]))).toEqual([
      { code: 'missing-pupil-consent', consentId: 'k-long' },
    ]);
    expect(evaluateConsent(discuss('2027-03-12'), zoe, [parentsAndPupil]).allowed).toBe(true);
  });

  it('12 to 15: the parents with gezag are still needed next to the pupil', () => {
    expect(
      reasons(evaluateConsent(discuss('2029-06-01'), zoe, [pupilOnly])).map((r) => r.code),
    ).toEqual(['missing-guardian', 'missing-guardian']);
    expect(evaluateConsent(discuss('2029-06-01'), zoe, [parentsAndPupil]).allowed).toBe(true);
  });

  it('the day before the 16th birthday still needs the parents', () => {
    expect(
      reasons(evaluateConsent(discuss('2031-03-11'), zoe, [pupilOnly])).map((r) => r.code),
    ).toEqual(['missing-guardian', 'missing-guardian']);
  });

  it('from the day of the 16th birthday the pupil decides alone', () => {
    expect(evaluateConsent(discuss('2031-03-12'), zoe, [pupilOnly])).toEqual({
      allowed: true,
      consentIds: ['k-long'],
    });
    expect(reasons(evaluateConsent(discuss('2031-03-12'), zoe, [parents]))).toEqual([
      { code: 'missing-pupil-consent', consentId: 'k-long' },
    ]);
  });

  it('a pupil born on 29 February turns 12 on 29 February (12 and 16 years after a leap year are leap years)', () => {
    const leapling = pupil({ dateOfBirth: '2012-02-29' });
    const early = consent({
      id: 'k-early',
      date: '2020-01-01',
      validUntil: '2030-12-31',
      givenBy: [signer.mother('2020-01-01'), signer.father('2020-01-01')],
    });
    expect(evaluateConsent(discuss('2024-02-28'), leapling, [early]).allowed).toBe(true);
    expect(reasons(evaluateConsent(discuss('2024-02-29'), leapling, [early]))).toEqual([
      { code: 'missing-pupil-consent', consentId: 'k-early' },
    ]);
  });
});

describe('evaluateConsent: who has gezag', () => {
  it('a missing parent with gezag is named', () => {
    const motherOnly = consent({ givenBy: [signer.mother()] });
    expect(reasons(evaluateConsent(discuss('2026-02-01'), zoe, [motherOnly]))).toEqual([
      {
        code: 'missing-guardian',
        consentId: 'k-1',
        guardianId: 'g-father',
        guardianName: 'Thomas van der Berg',
      },
    ]);
  });

  it('a parent who refused is named with the date of the refusal, and blocks the use', () => {
    const refused = consent({
      givenBy: [signer.mother()],
      refusedBy: [{ ...signer.father(), date: '2026-01-20' }],
    });
    expect(reasons(evaluateConsent(discuss('2026-02-01'), zoe, [refused]))).toEqual([
      {
        code: 'missing-guardian',
        consentId: 'k-1',
        guardianId: 'g-father',
        guardianName: 'Thomas van der Berg',
        refusedOn: '2026-01-20',
      },
    ]);
  });

  it('the signature of a guardian without gezag does not replace one with gezag', () => {
    const wrongPeople = consent({ givenBy: [signer.mother(), signer.stepfather()] });
    expect(
      reasons(evaluateConsent(discuss('2026-02-01'), zoe, [wrongPeople])).map((r) => r.code),
    ).toEqual(['missing-guardian']);
  });

  it('a guardian who consented after the day asked about does not count yet', () => {
    const late = consent({ givenBy: [signer.mother(), signer.father('2026-02-01')] });
    expect(reasons(evaluateConsent(discuss('2026-01-20'), zoe, [late]))).toEqual([
      {
        code: 'missing-guardian',
        consentId: 'k-1',
        guardianId: 'g-father',
        guardianName: 'Thomas van der Berg',
        signedOn: '2026-02-01',
      },
    ]);
    expect(evaluateConsent(discuss('2026-02-01'), zoe, [late]).allowed).toBe(true);
  });

  it('under 16 with nobody recorded with gezag, no consent can be complete', () => {
    const noGezag = pupil({ guardians: [stepfather] });
    expect(reasons(evaluateConsent(discuss('2026-02-01'), noGezag, [consent()]))).toEqual([
      { code: 'no-guardian-with-gezag', consentId: 'k-1' },
    ]);
  });
});

describe('evaluateConsent: validity in time', () => {
  const c = consent({ validUntil: '2026-07-31' });

  it('is valid on the last valid day', () => {
    expect(evaluateConsent(discuss('2026-07-31'), zoe, [c]).allowed).toBe(true);
  });

  it('has expired the day after', () => {
    expect(reasons(evaluateConsent(discuss('2026-08-01'), zoe, [c]))).toEqual([
      { code: 'expired', consentId: 'k-1', validUntil: '2026-07-31' },
    ]);
  });

  it('is not valid before its date', () => {
    expect(reasons(evaluateConsent(discuss('2026-01-09'), zoe, [c]))[0]).toEqual({
      code: 'not-yet-valid',
      consentId: 'k-1',
      validFrom: '2026-01-10',
    });
  });

  it('is blocked from the day of withdrawal on, not before', () => {
    const withdrawn = consent({ withdrawn: { date: '2026-03-01', by: 'Marieke van der Berg' } });
    expect(evaluateConsent(discuss('2026-02-28'), zoe, [withdrawn]).allowed).toBe(true);
    expect(reasons(evaluateConsent(discuss('2026-03-01'), zoe, [withdrawn]))).toEqual([
      { code: 'withdrawn', consentId: 'k-1', date: '2026-03-01', by: 'Marieke van der Berg' },
    ]);
    expect(
      reasons(evaluateConsent(discuss('2026-05-01'), zoe, [withdrawn])).map((r) => r.code),
    ).toEqual(['withdrawn']);
  });
});

describe('evaluateConsent: scope', () => {
  it('refuses the wrong recipient', () => {
    const query: ConsentQuery = {
      purpose: 'informatie-uitwisselen',
      recipientOrganisationId: 'org-ot',
      categories: ['basisgegevens'],
      onDate: '2026-02-01',
    };
    expect(reasons(evaluateConsent(query, zoe, [exchangeConsent()]))).toEqual([
      { code: 'wrong-recipient', recipientOrganisationId: 'org-ot', consentIds: ['k-exchange'] },
    ]);
    expect(
      evaluateConsent({ ...query, recipientOrganisationId: 'org-wijk' }, zoe, [exchangeConsent()])
        .allowed,
    ).toBe(true);
  });

  it('refuses a category outside the scope and names it', () => {
    expect(
      reasons(
        evaluateConsent(discuss('2026-02-01', ['basisgegevens', 'medisch', 'thuissituatie']), zoe, [
          consent(),
        ]),
      ),
    ).toEqual([
      { code: 'category-not-covered', consentId: 'k-1', categories: ['medisch', 'thuissituatie'] },
    ]);
  });

  it('does not pool categories over several consents', () => {
    const a = consent({ id: 'k-a', dataCategories: ['basisgegevens'] });
    const b = consent({ id: 'k-b', dataCategories: ['medisch'] });
    const decision = evaluateConsent(discuss('2026-02-01', ['basisgegevens', 'medisch']), zoe, [
      a,
      b,
    ]);
    expect(reasons(decision).map((r) => r.code)).toEqual(['category-not-covered']);
    expect(evaluateConsent(discuss('2026-02-01', ['medisch']), zoe, [a, b])).toEqual({
      allowed: true,
      consentIds: ['k-b'],
    });
  });

  it('refuses a purpose nobody consented to', () => {
    const query: ConsentQuery = {
      purpose: 'verwijzen',
      recipientOrganisationId: 'org-wijk',
      categories: ['basisgegevens'],
      onDate: '2026-02-01',
    };
    expect(reasons(evaluateConsent(query, zoe, [consent(), exchangeConsent()]))).toEqual([
      { code: 'no-consent-for-purpose', purpose: 'verwijzen' },
    ]);
  });

  it('refuses a meeting kind the consent does not cover', () => {
    expect(
      reasons(evaluateConsent({ ...discuss('2026-02-01'), meetingKind: 'zat' }, zoe, [consent()])),
    ).toEqual([{ code: 'meeting-kind-not-covered', meetingKind: 'zat', consentIds: ['k-1'] }]);
  });

  it('ignores consents of other pupils', () => {
    expect(
      reasons(evaluateConsent(discuss('2026-02-01'), zoe, [consent({ pupilId: 'p-other' })])),
    ).toEqual([{ code: 'no-consent-for-purpose', purpose: 'bespreken-op-naam' }]);
  });

  it('matches the named document without case or accents, and only that document', () => {
    const doc = exchangeConsent({
      id: 'k-doc',
      purpose: 'document-doorgeven',
      documentName: 'Rapport groep 6',
      dataCategories: ['benoemd-document'],
    });
    const query: ConsentQuery = {
      purpose: 'document-doorgeven',
      recipientOrganisationId: 'org-wijk',
      documentName: 'rapport Groep 6',
      categories: ['benoemd-document'],
      onDate: '2026-02-01',
    };
    expect(evaluateConsent(query, zoe, [doc]).allowed).toBe(true);
    expect(reasons(evaluateConsent({ ...query, documentName: 'OPP 2026' }, zoe, [doc]))).toEqual([
      { code: 'document-not-covered', documentName: 'OPP 2026', consentIds: ['k-doc'] },
    ]);
  });

  it('says what is missing from an incomplete question', () => {
    expect(
      reasons(
        evaluateConsent(
          { purpose: 'bespreken-op-naam', categories: ['basisgegevens'], onDate: '2026-02-01' },
          zoe,
          [consent()],
        ),
      ),
    ).toEqual([{ code: 'meeting-kind-required' }]);
    expect(
      reasons(
        evaluateConsent(
          { purpose: 'verwijzen', categories: ['basisgegevens'], onDate: '2026-02-01' },
          zoe,
          [],
        ),
      ),
    ).toEqual([{ code: 'recipient-required' }]);
    expect(
      reasons(
        evaluateConsent(
          {
            purpose: 'document-doorgeven',
            recipientOrganisationId: 'org-wijk',
            documentName: '  ',
            categories: ['benoemd-document'],
            onDate: '2026-02-01',
          },
          zoe,
          [],
        ),
      ),
    ).toEqual([{ code: 'document-name-required' }]);
  });
});

describe('evaluateConsent: several candidates', () => {
  it('lists every consent that allows the use, longest valid first', () => {
    const short = consent({ id: 'k-short', validUntil: '2026-03-31' });
    const long = consent({ id: 'k-long', validUntil: '2026-12-31' });
    expect(evaluateConsent(discuss('2026-02-01'), zoe, [short, long])).toEqual({
      allowed: true,
      consentIds: ['k-long', 'k-short'],
    });
  });

  it('explains the refusal with the candidate closest to allowing it', () => {
    const expiredAndIncomplete = consent({
      id: 'k-old',
      validUntil: '2026-01-31',
      givenBy: [signer.mother()],
    });
    const missingFather = consent({ id: 'k-new', givenBy: [signer.mother(), signer.pupil()] });
    expect(
      reasons(evaluateConsent(discuss('2026-02-01'), zoe, [expiredAndIncomplete, missingFather])),
    ).toEqual([
      {
        code: 'missing-guardian',
        consentId: 'k-new',
        guardianId: 'g-father',
        guardianName: 'Thomas van der Berg',
      },
    ]);
  });
});

// ---- Properties over generated consents ----

const BASE = '2026-01-01';
const day = fc.integer({ min: 0, max: 2400 }).map((n) => addDays(BASE, n));
const categoriesArb = fc.subarray(
  [
    'basisgegevens',
    'zorgsignaal-en-hulpvraag',
    'schoolresultaten',
    'medisch',
    'thuissituatie',
  ] as DataCategory[],
  { minLength: 1 },
);
const givers = [signer.mother, signer.father, signer.stepfather, signer.pupil];

const consentArb: fc.Arbitrary<Consent> = fc
  .record({
    id: fc.stringMatching(/^k[a-z0-9]{1,6}$/),
    pupilId: fc.constantFrom('p-zoe', 'p-zoe', 'p-other'),
    kind: fc.constantFrom('discuss', 'exchange', 'document'),
    meetingKinds: fc.subarray(['zorgteam', 'zat', 'driehoeksoverleg'] as const, { minLength: 1 }),
    recipient: fc.constantFrom('org-a', 'org-b'),
    documentName: fc.constantFrom('Rapport groep 6', 'OPP'),
    categories: categoriesArb,
    givers: fc.subarray([0, 1, 2, 3], { minLength: 1 }),
    signedOffsets: fc.array(fc.integer({ min: -30, max: 30 }), { minLength: 4, maxLength: 4 }),
    date: day,
    length: fc.integer({ min: 0, max: 800 }),
    withdrawnAfter: fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }),
  })
  .map((r) => {
    const base = consent({
      id: r.id,
      pupilId: r.pupilId,
      date: r.date,
      validUntil: addDays(r.date, r.length),
      dataCategories: r.categories,
      givenBy: r.givers.map(
        (i) =>
          givers[i]?.(addDays(r.date, Math.max(0, r.signedOffsets[i] ?? 0))) ??
          signer.pupil(r.date),
      ),
      ...(r.withdrawnAfter === undefined
        ? {}
        : { withdrawn: { date: addDays(r.date, r.withdrawnAfter), by: 'Marieke van der Berg' } }),
    });
    if (r.kind === 'discuss') return { ...base, meetingKinds: [...r.meetingKinds] };
    const { meetingKinds: _omit, ...rest } = base;
    const recipient = {
      recipientOrganisationId: r.recipient,
      recipientOrganisationName: r.recipient.toUpperCase(),
    };
    if (r.kind === 'exchange')
      return { ...rest, purpose: 'informatie-uitwisselen' as const, ...recipient };
    return {
      ...rest,
      purpose: 'document-doorgeven' as const,
      ...recipient,
      documentName: r.documentName,
      dataCategories: [...r.categories, 'benoemd-document' as const],
    };
  });

const queryArb: fc.Arbitrary<ConsentQuery> = fc
  .record({
    kind: fc.constantFrom('discuss', 'exchange', 'document'),
    meetingKind: fc.constantFrom('zorgteam', 'zat', 'driehoeksoverleg'),
    recipient: fc.constantFrom('org-a', 'org-b'),
    documentName: fc.constantFrom('rapport groep 6', 'OPP'),
    categories: categoriesArb,
    onDate: day,
  })
  .map((q): ConsentQuery => {
    if (q.kind === 'discuss')
      return {
        purpose: 'bespreken-op-naam',
        meetingKind: q.meetingKind,
        categories: q.categories,
        onDate: q.onDate,
      };
    if (q.kind === 'exchange')
      return {
        purpose: 'informatie-uitwisselen',
        recipientOrganisationId: q.recipient,
        categories: q.categories,
        onDate: q.onDate,
      };
    return {
      purpose: 'document-doorgeven',
      recipientOrganisationId: q.recipient,
      documentName: q.documentName,
      categories: [...q.categories, 'benoemd-document'],
      onDate: q.onDate,
    };
  });

/** A consent of Zoë signed by everyone, with a question it answers in every respect. */
const matchedArb = fc
  .tuple(consentArb, fc.nat(), fc.integer({ min: 1, max: 5 }))
  .map(([generated, r, keep]) => {
    const { withdrawn: _w, ...rest } = generated;
    const c: Consent = { ...rest, pupilId: 'p-zoe', givenBy: givers.map((g) => g(generated.date)) };
    const span = daysBetween(c.date, c.validUntil) + 1;
    const onDate = addDays(c.date, r % span);
    const categories = c.dataCategories.filter((x) => x !== 'benoemd-document').slice(0, keep);
    let query: ConsentQuery;
    if (c.purpose === 'bespreken-op-naam')
      query = {
        purpose: c.purpose,
        meetingKind: c.meetingKinds?.[r % c.meetingKinds.length] ?? 'zorgteam',
        categories,
        onDate,
      };
    else if (c.purpose === 'document-doorgeven')
      query = {
        purpose: c.purpose,
        recipientOrganisationId: c.recipientOrganisationId ?? '',
        documentName: c.documentName ?? '',
        categories: [...categories, 'benoemd-document'],
        onDate,
      };
    else
      query = {
        purpose: c.purpose,
        recipientOrganisationId: c.recipientOrganisationId ?? '',
        categories,
        onDate,
      };
    return { consent: c, query };
  });

const pupilArb = fc.constantFrom(
  pupil(),
  pupil({ dateOfBirth: '2014-06-30' }),
  pupil({ dateOfBirth: '2011-01-01' }),
  pupil({ dateOfBirth: '2018-02-28', guardians: [mother] }),
);
const consentsArb = fc
  .array(consentArb, { maxLength: 6 })
  .map((list) => list.map((c, i) => ({ ...c, id: `${c.id}-${i}` })));

describe('evaluateConsent: properties', () => {
  it('the generators make valid consent records', () => {
    fc.assert(fc.property(consentArb, (c) => void consentSchema.parse(c)));
  });

  it('a consent that matches the question in every respect allows it, whatever else is recorded', () => {
    fc.assert(
      fc.property(matchedArb, pupilArb, consentsArb, (m, p, others) => {
        const decision = evaluateConsent(m.query, p, [...others, m.consent]);
        expect(decision.allowed && decision.consentIds.includes(m.consent.id)).toBe(true);
      }),
    );
  });

  it('adding a consent withdrawn on or before the day never turns a no into a yes', () => {
    fc.assert(
      fc.property(matchedArb, pupilArb, consentsArb, fc.nat(), (m, p, others, back) => {
        fc.pre(!evaluateConsent(m.query, p, others).allowed);
        // The added consent would allow the use, were it not withdrawn.
        const withdrawnOn = addDays(
          m.query.onDate,
          -(back % (daysBetween(m.consent.date, m.query.onDate) + 1)),
        );
        const withdrawn: Consent = {
          ...m.consent,
          id: 'k-withdrawn',
          withdrawn: { date: withdrawnOn, by: 'Marieke van der Berg' },
        };
        expect(evaluateConsent(m.query, p, [...others, withdrawn]).allowed).toBe(false);
      }),
    );
  });

  it('adding any withdrawn consent never turns a no into a yes', () => {
    fc.assert(
      fc.property(queryArb, pupilArb, consentsArb, consentArb, (query, p, consents, extra) => {
        fc.pre(!evaluateConsent(query, p, consents).allowed && extra.date <= query.onDate);
        const withdrawn = { ...extra, id: 'k-extra', withdrawn: { date: extra.date, by: 'x' } };
        expect(evaluateConsent(query, p, [...consents, withdrawn]).allowed).toBe(false);
      }),
    );
  });

  it('withdrawing every consent on the day itself always says no', () => {
    fc.assert(
      fc.property(queryArb, pupilArb, consentsArb, (query, p, consents) => {
        const all = consents.map((c) =>
          c.date <= query.onDate ? { ...c, withdrawn: { date: query.onDate, by: 'x' } } : c,
        );
        expect(evaluateConsent(query, p, all).allowed).toBe(false);
      }),
    );
  });

  it('consents of other pupils change nothing', () => {
    fc.assert(
      fc.property(queryArb, pupilArb, consentsArb, consentsArb, (query, p, consents, others) => {
        const foreign = others.map((c, i) => ({
          ...c,
          id: `other-${i}`,
          pupilId: 'p-someone-else',
        }));
        expect(evaluateConsent(query, p, [...consents, ...foreign])).toEqual(
          evaluateConsent(query, p, consents),
        );
      }),
    );
  });

  it('the order of the consents does not matter', () => {
    fc.assert(
      fc.property(queryArb, pupilArb, consentsArb, (query, p, consents) => {
        expect(evaluateConsent(query, p, [...consents].reverse())).toEqual(
          evaluateConsent(query, p, consents),
        );
      }),
    );
  });

  it('asking for fewer categories never turns a yes into a no', () => {
    fc.assert(
      fc.property(
        matchedArb,
        pupilArb,
        consentsArb,
        fc.integer({ min: 0, max: 4 }),
        (m, p, others, drop) => {
          const all = [...others, m.consent];
          expect(evaluateConsent(m.query, p, all).allowed).toBe(true);
          const fewer = { ...m.query, categories: m.query.categories.filter((_, i) => i !== drop) };
          expect(evaluateConsent(fewer, p, all).allowed).toBe(true);
        },
      ),
    );
  });

  it('every consent named in a yes allows the use on its own', () => {
    fc.assert(
      fc.property(matchedArb, pupilArb, consentsArb, (m, p, others) => {
        const consents = [...others, m.consent];
        const query = m.query;
        const decision = evaluateConsent(query, p, consents);
        if (!decision.allowed) throw new Error('a matched consent must allow the use');
        for (const id of decision.consentIds) {
          expect(
            evaluateConsent(
              query,
              p,
              consents.filter((c) => c.id === id),
            ).allowed,
          ).toBe(true);
        }
      }),
    );
  });
});
