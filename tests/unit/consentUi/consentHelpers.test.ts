// Runs in: Node (Vitest).
import { describe, expect, it } from 'vitest';
import type { Consent } from '../../../shared/domain/consent';
import type { ConsentReason } from '../../../shared/domain/consentEvaluation';
import {
  answersOf,
  checkRows,
  consenterRows,
  rowsComplete,
} from '../../../shared/domain/consenterDraft';
import { compareConsentsForList, consentStatusOn } from '../../../shared/domain/consentStatus';
import { consentFormFileName } from '../../../renderer/src/consent/fileNames';
import {
  joinList,
  reasonMessage,
  type ReasonFormatters,
} from '../../../renderer/src/consent/reasonText';
import { defaultConsentValidUntil } from '../../../shared/domain/schoolYear';
import { emptyScope, scopeOf, validateScope } from '../../../shared/domain/consentScopeDraft';

const NOW = '2026-11-22T10:00:00+01:00';

function consent(overrides: Partial<Consent> = {}): Consent {
  return {
    id: 'rc1',
    caseId: 'rcase',
    pupilId: 'rpupil',
    purpose: 'bespreken-op-naam',
    meetingKinds: ['zorgteam'],
    dataCategories: ['basisgegevens'],
    givenBy: [
      {
        personKind: 'guardian',
        guardianId: 'rg1',
        name: 'Fatima El Amrani',
        method: 'schriftelijk',
        date: '2026-09-01',
      },
    ],
    date: '2026-09-01',
    validUntil: '2027-07-31',
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

describe('consentStatusOn', () => {
  it('is not yet valid before the first day, valid from it through the last day, expired the day after', () => {
    const c = consent();
    expect(consentStatusOn(c, '2026-08-31')).toBe('nog-niet-geldig');
    expect(consentStatusOn(c, '2026-09-01')).toBe('geldig');
    expect(consentStatusOn(c, '2027-07-31')).toBe('geldig');
    expect(consentStatusOn(c, '2027-08-01')).toBe('verlopen');
  });
  it('is withdrawn from the withdrawal date on, also when it has expired since', () => {
    const c = consent({ withdrawn: { date: '2026-12-01', by: 'Fatima El Amrani' } });
    expect(consentStatusOn(c, '2026-11-30')).toBe('geldig');
    expect(consentStatusOn(c, '2026-12-01')).toBe('ingetrokken');
    expect(consentStatusOn(c, '2028-01-01')).toBe('ingetrokken');
  });
  it('shows a refusal as refused, whatever the dates', () => {
    const c = consent({
      refusedBy: [
        {
          personKind: 'pupil',
          name: 'Yasmin El Amrani',
          method: 'mondeling',
          witnessedBy: 'juf Anouk',
          date: '2026-09-01',
        },
      ],
    });
    expect(consentStatusOn(c, '2026-09-01')).toBe('geweigerd');
    expect(
      consentStatusOn({ ...c, withdrawn: { date: '2026-10-01', by: 'x' } }, '2026-10-01'),
    ).toBe('ingetrokken');
  });
  it('lists valid consents first and withdrawn ones last', () => {
    const valid = consent({ id: 'ra' });
    const expired = consent({ id: 'rb', date: '2025-09-01', validUntil: '2026-07-31' });
    const withdrawn = consent({ id: 'rc', withdrawn: { date: '2026-10-01', by: 'X' } });
    const later = consent({ id: 'rd', date: '2027-01-01' });
    const sorted = [withdrawn, expired, later, valid].sort((a, b) =>
      compareConsentsForList(a, b, '2026-11-22'),
    );
    expect(sorted.map((c) => c.id)).toEqual(['ra', 'rd', 'rb', 'rc']);
  });
});

describe('defaultConsentValidUntil', () => {
  it('runs to the end of the current school year', () => {
    expect(defaultConsentValidUntil('2026-11-22')).toBe('2027-07-31');
    expect(defaultConsentValidUntil('2027-01-10')).toBe('2027-07-31');
    expect(defaultConsentValidUntil('2027-05-31')).toBe('2027-07-31');
  });
  it('runs to the end of the next school year when asked in June or later', () => {
    expect(defaultConsentValidUntil('2027-06-01')).toBe('2028-07-31');
    expect(defaultConsentValidUntil('2027-07-31')).toBe('2028-07-31');
    expect(defaultConsentValidUntil('2026-08-15')).toBe('2027-07-31');
  });
});

describe('the consent form file name', () => {
  it('names the file by date only', () => {
    expect(consentFormFileName('2026-11-22')).toBe('toestemmingsformulier-2026-11-22.pdf');
  });
});

describe('validateScope', () => {
  const organisations = [{ id: 'rorg', name: 'Wijkteam Enschede-Noord' }];
  it('accepts the default scope (discuss in the zorgteam)', () => {
    const result = validateScope(emptyScope(), organisations);
    expect(result.errors).toEqual({});
    expect(result.scope).toEqual({
      purpose: 'bespreken-op-naam',
      meetingKinds: ['zorgteam'],
      dataCategories: ['basisgegevens', 'zorgsignaal-en-hulpvraag'],
    });
  });
  it('asks for meetings, recipient, document and categories where the purpose needs them', () => {
    expect(
      validateScope({ ...emptyScope(), meetingKinds: [], categories: [] }, organisations).errors,
    ).toEqual({ meetingKinds: true, categories: true });
    expect(validateScope({ ...emptyScope(), purpose: 'verwijzen' }, organisations).errors).toEqual({
      recipient: true,
    });
    expect(
      validateScope(
        { ...emptyScope(), purpose: 'document-doorgeven', recipientId: 'rorg', categories: [] },
        organisations,
      ).errors,
    ).toEqual({ documentName: true });
  });
  it('names the recipient as it is now and adds the named document for document-doorgeven', () => {
    const result = validateScope(
      {
        ...emptyScope(),
        purpose: 'document-doorgeven',
        recipientId: 'rorg',
        documentName: ' Rapport groep 6 ',
        categories: ['basisgegevens'],
      },
      organisations,
    );
    expect(result.scope).toEqual({
      purpose: 'document-doorgeven',
      recipientOrganisationId: 'rorg',
      recipientOrganisationName: 'Wijkteam Enschede-Noord',
      documentName: 'Rapport groep 6',
      dataCategories: ['basisgegevens', 'benoemd-document'],
    });
  });
  it('drops meeting kinds for other purposes', () => {
    const result = validateScope(
      { ...emptyScope(), purpose: 'informatie-uitwisselen', recipientId: 'rorg' },
      organisations,
    );
    expect(result.scope?.meetingKinds).toBeUndefined();
  });
  it('reads an existing consent back into a draft', () => {
    const draft = scopeOf(
      consent({
        purpose: 'document-doorgeven',
        meetingKinds: undefined,
        recipientOrganisationId: 'rorg',
        recipientOrganisationName: 'W',
        documentName: 'OPP',
        dataCategories: ['benoemd-document', 'medisch'],
      }),
    );
    expect(draft).toEqual({
      purpose: 'document-doorgeven',
      meetingKinds: [],
      recipientId: 'rorg',
      documentName: 'OPP',
      categories: ['medisch'],
    });
  });
});

describe('consenter rows', () => {
  const mother = {
    personKind: 'guardian' as const,
    guardianId: 'rg1',
    name: 'Fatima El Amrani',
    relation: 'moeder' as const,
  };
  const pupil = { personKind: 'pupil' as const, name: 'Yasmin El Amrani' };
  const father = {
    personKind: 'guardian' as const,
    guardianId: 'rg2',
    name: 'Karim El Amrani',
    relation: 'vader' as const,
  };
  it('starts with nothing chosen for anyone: no answer, no method, no date', () => {
    for (const row of consenterRows([mother, father, pupil], [])) {
      expect(row.answer).toBeUndefined();
      expect(row.method).toBeUndefined();
      expect(row.date).toBe('');
    }
  });
  it('keeps what was filled in for a person when the required people change', () => {
    const first = consenterRows([mother], []);
    const edited = first.map((r) => ({
      ...r,
      answer: 'given' as const,
      method: 'mondeling' as const,
      witnessedBy: 'juf Sanne',
    }));
    const next = consenterRows([mother, pupil], edited);
    expect(next.map((r) => r.key)).toEqual(['rg1', 'pupil']);
    expect(next[0]).toMatchObject({ answer: 'given', method: 'mondeling' });
    expect(next[1]?.answer).toBeUndefined();
  });
  it('refuses rows without a choice for every person, naming who is missing', () => {
    const rows = consenterRows([mother, father, pupil], []).map((r) =>
      r.key === 'rg1'
        ? { ...r, answer: 'given' as const, method: 'schriftelijk' as const, date: '2026-11-20' }
        : r,
    );
    const check = checkRows(rows);
    expect(check.unanswered.map((p) => p.name)).toEqual(['Karim El Amrani', 'Yasmin El Amrani']);
    expect(rowsComplete(check)).toBe(false);
  });
  it('asks how and when for an answer, and who heard a verbal one', () => {
    const rows = consenterRows([mother, father], []).map((r) =>
      r.key === 'rg1'
        ? { ...r, answer: 'refused' as const }
        : { ...r, answer: 'given' as const, method: 'mondeling' as const, date: '2026-13-01' },
    );
    expect(checkRows(rows).errors).toEqual({
      rg1: ['method-required', 'date-required'],
      rg2: ['witness-required', 'date-invalid'],
    });
  });
  it('refuses to record when nobody was asked', () => {
    const rows = consenterRows([mother, pupil], []).map((r) => ({
      ...r,
      answer: 'not-asked' as const,
    }));
    const check = checkRows(rows);
    expect(check.nobodyAnswered).toBe(true);
    expect(rowsComplete(check)).toBe(false);
  });
  it('turns complete rows into givers, refusers and people not asked', () => {
    const rows = consenterRows([mother, father, pupil], []).map((r) =>
      r.key === 'rg1'
        ? {
            ...r,
            answer: 'given' as const,
            method: 'schriftelijk' as const,
            witnessedBy: '  ',
            date: '2026-11-20',
          }
        : r.key === 'rg2'
          ? {
              ...r,
              answer: 'refused' as const,
              method: 'mondeling' as const,
              witnessedBy: 'meester Ruud',
              date: '2026-11-21',
            }
          : { ...r, answer: 'not-asked' as const },
    );
    expect(rowsComplete(checkRows(rows))).toBe(true);
    expect(answersOf(rows)).toEqual({
      givenBy: [
        {
          personKind: 'guardian',
          guardianId: 'rg1',
          name: 'Fatima El Amrani',
          method: 'schriftelijk',
          date: '2026-11-20',
        },
      ],
      refusedBy: [
        {
          personKind: 'guardian',
          guardianId: 'rg2',
          name: 'Karim El Amrani',
          method: 'mondeling',
          witnessedBy: 'meester Ruud',
          date: '2026-11-21',
        },
      ],
      notAsked: [{ personKind: 'pupil', name: 'Yasmin El Amrani' }],
    });
  });
});

describe('reasonMessage', () => {
  const f: ReasonFormatters = {
    date: (d) => `D(${d})`,
    purpose: (p) => `P(${p})`,
    meetingKind: (k) => `M(${k})`,
    category: (c) => `C(${c})`,
    organisation: (id) => `O(${id})`,
    list: (items) => joinList(items, 'en'),
  };
  const cases: readonly [ConsentReason, string, Record<string, string>][] = [
    [{ code: 'meeting-kind-required' }, 'meeting-kind-required', {}],
    [{ code: 'recipient-required' }, 'recipient-required', {}],
    [{ code: 'document-name-required' }, 'document-name-required', {}],
    [
      { code: 'no-consent-for-purpose', purpose: 'verwijzen' },
      'no-consent-for-purpose',
      { purpose: 'P(verwijzen)' },
    ],
    [
      { code: 'meeting-kind-not-covered', meetingKind: 'zat', consentIds: ['r1'] },
      'meeting-kind-not-covered',
      { meetingKind: 'M(zat)' },
    ],
    [
      { code: 'wrong-recipient', recipientOrganisationId: 'rx', consentIds: [] },
      'wrong-recipient',
      { recipient: 'O(rx)' },
    ],
    [
      { code: 'document-not-covered', documentName: 'OPP', consentIds: [] },
      'document-not-covered',
      { documentName: 'OPP' },
    ],
    [
      { code: 'not-yet-valid', consentId: 'r1', validFrom: '2027-01-01' },
      'not-yet-valid',
      { date: 'D(2027-01-01)' },
    ],
    [
      { code: 'expired', consentId: 'r1', validUntil: '2026-07-31' },
      'expired',
      { date: 'D(2026-07-31)' },
    ],
    [
      { code: 'withdrawn', consentId: 'r1', date: '2026-10-01', by: 'vader' },
      'withdrawn',
      { date: 'D(2026-10-01)', by: 'vader' },
    ],
    [
      {
        code: 'category-not-covered',
        consentId: 'r1',
        categories: ['medisch', 'thuissituatie', 'actieplan'],
      },
      'category-not-covered',
      { categories: 'C(medisch), C(thuissituatie) en C(actieplan)' },
    ],
    [{ code: 'no-guardian-with-gezag', consentId: 'r1' }, 'no-guardian-with-gezag', {}],
    [
      { code: 'missing-guardian', consentId: 'r1', guardianId: 'rg', guardianName: 'Jan' },
      'missing-guardian',
      { name: 'Jan' },
    ],
    [
      {
        code: 'missing-guardian',
        consentId: 'r1',
        guardianId: 'rg',
        guardianName: 'Jan',
        signedOn: '2026-12-01',
      },
      'missing-guardian-later',
      { name: 'Jan', date: 'D(2026-12-01)' },
    ],
    [
      {
        code: 'missing-guardian',
        consentId: 'r1',
        guardianId: 'rg',
        guardianName: 'Jan',
        refusedOn: '2026-11-20',
      },
      'missing-guardian-refused',
      { name: 'Jan', date: 'D(2026-11-20)' },
    ],
    [
      { code: 'missing-pupil-consent', consentId: 'r1', refusedOn: '2026-11-20' },
      'missing-pupil-consent-refused',
      { date: 'D(2026-11-20)' },
    ],
    [{ code: 'missing-pupil-consent', consentId: 'r1' }, 'missing-pupil-consent', {}],
    [
      { code: 'missing-pupil-consent', consentId: 'r1', signedOn: '2026-12-01' },
      'missing-pupil-consent-later',
      { date: 'D(2026-12-01)' },
    ],
  ];
  it.each(cases)('translates %o', (reason, key, values) => {
    expect(reasonMessage(reason, f)).toEqual({ key, values });
  });
  it('joins lists the Dutch way', () => {
    expect(joinList([], 'en')).toBe('');
    expect(joinList(['a'], 'en')).toBe('a');
    expect(joinList(['a', 'b'], 'en')).toBe('a en b');
  });
});
