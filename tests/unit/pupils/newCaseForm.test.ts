// Unit tests for the "Nieuw zorgdossier" form: validation and the case it creates.
import { describe, expect, it } from 'vitest';
import { zorgdossierSchema } from '../../../shared/domain/case';
import {
  caseFromDraft,
  emptyCaseDraft,
  validateCaseDraft,
} from '../../../renderer/src/areas/leerlingen/newCaseForm';

const TODAY = '2026-11-22';
const NOW = '2026-11-22T10:00:00+01:00';

describe('validateCaseDraft', () => {
  it('starts on today and only needs who raised the signal', () => {
    const draft = emptyCaseDraft(TODAY);
    expect(draft.signalDate).toBe(TODAY);
    expect(validateCaseDraft(draft, TODAY)).toEqual({ raisedBy: 'required' });
    expect(validateCaseDraft({ ...draft, raisedBy: 'juf Sanne' }, TODAY)).toEqual({});
  });

  it('refuses a missing, impossible or future signal date', () => {
    const draft = { ...emptyCaseDraft(TODAY), raisedBy: 'moeder' };
    expect(validateCaseDraft({ ...draft, signalDate: '' }, TODAY).signalDate).toBe('required');
    expect(validateCaseDraft({ ...draft, signalDate: '2026-02-30' }, TODAY).signalDate).toBe(
      'date-invalid',
    );
    expect(validateCaseDraft({ ...draft, signalDate: '2026-11-23' }, TODAY).signalDate).toBe(
      'date-in-future',
    );
  });

  it('limits the long texts', () => {
    const draft = {
      ...emptyCaseDraft(TODAY),
      raisedBy: 'moeder',
      description: 'x'.repeat(4001),
      hulpvraag: 'y'.repeat(4001),
    };
    expect(validateCaseDraft(draft, TODAY)).toEqual({
      description: 'too-long',
      hulpvraag: 'too-long',
    });
  });
});

describe('caseFromDraft', () => {
  it('creates a schema-valid case in status signalering with unique leefgebieden', () => {
    const created = caseFromDraft(
      {
        signalDate: '2026-11-20',
        raisedBy: ' juf Sanne ',
        description: 'Trekt zich terug.',
        hulpvraag: '',
        leefgebieden: ['onderwijs', 'onderwijs', 'opvoeding-en-gezin'],
      },
      { pupilId: 'p1', id: 'c1', now: NOW },
    );
    expect(zorgdossierSchema.safeParse(created).success).toBe(true);
    expect(created).toMatchObject({
      id: 'c1',
      pupilId: 'p1',
      status: 'signalering',
      signal: { date: '2026-11-20', raisedBy: 'juf Sanne' },
      leefgebieden: ['onderwijs', 'opvoeding-en-gezin'],
    });
    expect(created).not.toHaveProperty('closedAt');
  });

  it('returns undefined for what the schema refuses', () => {
    expect(
      caseFromDraft(
        { ...emptyCaseDraft(TODAY), raisedBy: '' },
        { pupilId: 'p1', id: 'c1', now: NOW },
      ),
    ).toBeUndefined();
  });
});
