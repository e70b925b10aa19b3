// Tests for the case screen's form rules: event dates may lie in the past but not after
// today, titles are required, status changes offer only allowed transitions and closing
// needs a reason and a date not before the signal; working notes need text.
import { describe, expect, it } from 'vitest';
import {
  applyStatusForm,
  canEditEntry,
  checkEventDate,
  editedEntry,
  newEntry,
  validateEntryForm,
  validateSignalForm,
  validateWorkingNoteForm,
  withSignal,
} from '../../../shared/domain/caseDialogChecks';
import { zorgdossierSchema } from '../../../shared/domain/case';
import { caseEntrySchema } from '../../../shared/domain/caseEntry';
import { T0, entry, zorgdossier } from '../domain/builders';

const TODAY = '2026-02-10';

describe('event dates', () => {
  it('accepts today and the past, refuses the future, empty and impossible dates', () => {
    expect(checkEventDate(TODAY, TODAY)).toBeUndefined();
    expect(checkEventDate('2025-09-01', TODAY)).toBeUndefined();
    expect(checkEventDate('2026-02-11', TODAY)).toBe('date-in-future');
    expect(checkEventDate('', TODAY)).toBe('required');
    expect(checkEventDate('2026-02-30', TODAY)).toBe('invalid-date');
  });
});

describe('chronology entries', () => {
  it('needs a title and a date; a valid form makes a schema-valid entry with its real date', () => {
    expect(
      validateEntryForm({ kind: 'gesprek', date: '2026-02-11', title: ' ', body: '' }, TODAY),
    ).toEqual({ date: 'date-in-future', title: 'required' });
    const values = {
      kind: 'gesprek' as const,
      date: '2026-01-07',
      title: ' Gesprek met moeder ',
      body: 'Afspraken gemaakt.',
    };
    expect(validateEntryForm(values, TODAY)).toEqual({});
    const made = newEntry(values, { id: 'e-9', caseId: 'c-1', author: 'Anouk', now: T0 });
    expect(caseEntrySchema.parse(made)).toEqual({
      id: 'e-9',
      caseId: 'c-1',
      kind: 'gesprek',
      date: '2026-01-07',
      recordedAt: T0,
      title: 'Gesprek met moeder',
      body: 'Afspraken gemaakt.',
      author: 'Anouk',
    });
  });

  it('editing keeps who recorded it and when', () => {
    const original = entry({ id: 'e-1' });
    const edited = editedEntry(original, {
      kind: 'actie',
      date: '2026-01-09',
      title: 'Observatie',
      body: 'x',
    });
    expect(edited).toMatchObject({
      id: 'e-1',
      recordedAt: original.recordedAt,
      author: original.author,
      kind: 'actie',
      date: '2026-01-09',
    });
  });

  it('only the author may edit, and status entries stay as written', () => {
    expect(canEditEntry(entry({ id: 'e-1', author: 'Anouk' }), 'Anouk')).toBe(true);
    expect(canEditEntry(entry({ id: 'e-1', author: 'Sanne' }), 'Anouk')).toBe(false);
    expect(
      canEditEntry(
        entry({ id: 'e-1', author: 'Anouk', kind: 'status', status: 'verwezen' }),
        'Anouk',
      ),
    ).toBe(false);
  });
});

describe('working notes', () => {
  it('need text and a date not in the future', () => {
    expect(validateWorkingNoteForm({ date: TODAY, body: '   ' }, TODAY)).toEqual({
      body: 'required',
    });
    expect(validateWorkingNoteForm({ date: '2026-03-01', body: 'x' }, TODAY)).toEqual({
      date: 'date-in-future',
    });
    expect(validateWorkingNoteForm({ date: TODAY, body: 'Navragen bij juf' }, TODAY)).toEqual({});
  });
});

describe('status changes', () => {
  const context = { today: TODAY, now: T0, author: 'Anouk' };

  it('refuses a status that is not an allowed transition', () => {
    const result = applyStatusForm(
      zorgdossier({ status: 'in-bespreking' }),
      { to: 'signalering', on: TODAY, reason: '' },
      context,
    );
    expect(result).toEqual({ ok: false, errors: { to: 'required' } });
    expect(applyStatusForm(zorgdossier(), { to: '', on: TODAY, reason: '' }, context)).toEqual({
      ok: false,
      errors: { to: 'required' },
    });
  });

  it('closing needs a reason and a date on or after the signal', () => {
    const open = zorgdossier({ status: 'in-bespreking' });
    expect(applyStatusForm(open, { to: 'afgesloten', on: TODAY, reason: ' ' }, context)).toEqual({
      ok: false,
      errors: { reason: 'required' },
    });
    expect(
      applyStatusForm(open, { to: 'afgesloten', on: '2026-01-01', reason: 'Klaar' }, context),
    ).toEqual({ ok: false, errors: { on: 'date-before-signal' } });
    expect(
      applyStatusForm(open, { to: 'afgesloten', on: '2026-03-01', reason: 'Klaar' }, context),
    ).toEqual({ ok: false, errors: { on: 'date-in-future' } });
  });

  it('returns the new case and the status entry to store with it', () => {
    const result = applyStatusForm(
      zorgdossier({ status: 'in-bespreking' }),
      { to: 'afgesloten', on: TODAY, reason: 'Hulp loopt via het wijkteam' },
      context,
    );
    if (!result.ok) throw new Error('expected ok');
    expect(result.case).toMatchObject({
      status: 'afgesloten',
      closedAt: TODAY,
      closedReason: 'Hulp loopt via het wijkteam',
    });
    expect(zorgdossierSchema.safeParse(result.case).success).toBe(true);
    expect(result.entry).toMatchObject({
      kind: 'status',
      status: 'afgesloten',
      date: TODAY,
      body: 'Hulp loopt via het wijkteam',
      author: 'Anouk',
    });
  });
});

describe('signal and hulpvraag', () => {
  it('needs who raised it, and a closed case keeps its signal on or before the closing day', () => {
    const values = { date: '2026-01-05', raisedBy: '', description: '', hulpvraag: '' };
    expect(validateSignalForm(values, zorgdossier(), TODAY)).toEqual({ raisedBy: 'required' });
    const closed = zorgdossier({
      status: 'afgesloten',
      closedAt: '2026-01-20',
      closedReason: 'Klaar',
    });
    expect(
      validateSignalForm({ ...values, raisedBy: 'moeder', date: '2026-01-25' }, closed, TODAY),
    ).toEqual({ date: 'date-before-signal' });
  });

  it('stores trimmed values', () => {
    const next = withSignal(
      zorgdossier(),
      {
        date: '2026-01-04',
        raisedBy: ' moeder ',
        description: ' Slaapt slecht ',
        hulpvraag: ' Wat helpt? ',
      },
      T0,
    );
    expect(zorgdossierSchema.parse(next)).toMatchObject({
      signal: { date: '2026-01-04', raisedBy: 'moeder', description: 'Slaapt slecht' },
      hulpvraag: 'Wat helpt?',
    });
  });
});
