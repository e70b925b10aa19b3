// Unit tests for the agenda rules: named only with consent for this meeting's kind, else
// forced anonymous with the reasons; stable pseudonyms; no partner actions on anonymous
// items; ordering and the schedule.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addAgendaItem,
  agendaItemMode,
  agendaSchedule,
  canAssignAction,
  createMeeting,
  moveAgendaItem,
  nextPseudonym,
  pseudonymForIndex,
  removeAgendaItem,
  reorderAgenda,
  droppedOrder,
  setItemMode,
} from '../../../shared/meetings/agenda';
import { agendaInOrder, meetingSchema } from '../../../shared/meetings/meeting';
import { DEFAULT_MEETING_TEMPLATES } from '../../../shared/meetings/templates';
import { consent } from '../domain/builders';
import {
  action,
  addItem,
  consents,
  daan,
  emptyZorgteam,
  noor,
  T0,
  threeCaseZorgteam,
  unwrap,
  zoe,
  zoeConsent,
} from './builders';

describe('agendaItemMode', () => {
  const meeting = emptyZorgteam();

  it('allows named with a valid consent for this kind', () => {
    expect(agendaItemMode(zoe, consents, meeting, '2026-03-10')).toEqual({
      mode: 'named',
      consentIds: ['k-1'],
    });
  });

  it('forces anonymous without any consent, with the reason', () => {
    const decision = agendaItemMode(daan, consents, meeting, '2026-03-10');
    expect(decision).toEqual({
      mode: 'anonymous',
      forced: true,
      reasons: [{ code: 'no-consent-for-purpose', purpose: 'bespreken-op-naam' }],
    });
  });

  it('forces anonymous when the consent covers another meeting kind', () => {
    const zat = emptyZorgteam({ kind: 'zat' });
    const decision = agendaItemMode(zoe, consents, zat, '2026-03-10');
    expect(decision.mode).toBe('anonymous');
    if (decision.mode === 'anonymous')
      expect(decision.reasons[0]?.code).toBe('meeting-kind-not-covered');
  });

  it('forces anonymous when the consent expired or was withdrawn by the meeting date', () => {
    expect(
      agendaItemMode(zoe, [consent({ validUntil: '2026-03-09' })], meeting, '2026-03-10'),
    ).toMatchObject({ mode: 'anonymous', reasons: [{ code: 'expired' }] });
    expect(
      agendaItemMode(
        zoe,
        [consent({ withdrawn: { date: '2026-03-01', by: 'moeder' } })],
        meeting,
        '2026-03-10',
      ),
    ).toMatchObject({
      mode: 'anonymous',
      reasons: [{ code: 'withdrawn' }],
    });
    // Valid on the last day itself.
    expect(
      agendaItemMode(zoe, [consent({ validUntil: '2026-03-10' })], meeting, '2026-03-10').mode,
    ).toBe('named');
  });
});

describe('addAgendaItem', () => {
  it('adds named items with their consent ids and forces the one without consent anonymous, with a pseudonym', () => {
    const meeting = threeCaseZorgteam();
    const [first, second, third] = agendaInOrder(meeting);
    expect(first).toMatchObject({
      id: 'i-zoe',
      mode: 'named',
      consentIds: ['k-1'],
      order: 0,
      timeboxMinutes: 15,
    });
    expect(first?.pseudonym).toBeUndefined();
    expect(second).toMatchObject({
      id: 'i-daan',
      mode: 'anonymous',
      pseudonym: 'Leerling A',
      order: 1,
    });
    expect(third).toMatchObject({ id: 'i-noor', mode: 'named', order: 2 });
    expect(meetingSchema.safeParse(meeting).success).toBe(true);
  });

  it('returns the consent reasons when a requested named item is forced anonymous', () => {
    const result = unwrap(
      addAgendaItem(
        emptyZorgteam(),
        { id: 'i-daan', caseId: 'c-daan', pupilId: 'p-daan', bespreekdoel: 'aanmelding' },
        { pupil: daan, consents },
        DEFAULT_MEETING_TEMPLATES.zorgteam,
        T0,
      ),
    );
    expect(result.decision).toEqual({
      mode: 'anonymous',
      forced: true,
      reasons: [{ code: 'no-consent-for-purpose', purpose: 'bespreken-op-naam' }],
    });
  });

  it('keeps an item anonymous when the IB asks for it, even with consent', () => {
    const result = unwrap(
      addAgendaItem(
        emptyZorgteam(),
        {
          id: 'i-zoe',
          caseId: 'c-1',
          pupilId: 'p-zoe',
          bespreekdoel: 'niet-pluis',
          requestedMode: 'anonymous',
        },
        { pupil: zoe, consents },
        DEFAULT_MEETING_TEMPLATES.zorgteam,
        T0,
      ),
    );
    expect(result.item).toMatchObject({ mode: 'anonymous', pseudonym: 'Leerling A' });
    expect(result.decision).toEqual({ mode: 'anonymous', forced: true, reasons: [] });
  });

  it('refuses the same case twice, a pupil mismatch, and a second pupil in a driehoeksoverleg', () => {
    const meeting = threeCaseZorgteam();
    const template = DEFAULT_MEETING_TEMPLATES.zorgteam;
    expect(
      addAgendaItem(
        meeting,
        { id: 'i-x', caseId: 'c-1', pupilId: 'p-zoe', bespreekdoel: 'niet-pluis' },
        { pupil: zoe, consents },
        template,
        T0,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'case-already-on-agenda', caseId: 'c-1' },
    });
    expect(
      addAgendaItem(
        meeting,
        { id: 'i-x', caseId: 'c-9', pupilId: 'p-zoe', bespreekdoel: 'niet-pluis' },
        { pupil: noor, consents },
        template,
        T0,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'pupil-mismatch' },
    });
    const driehoek = unwrap(
      createMeeting(
        { kind: 'driehoeksoverleg', date: '2026-03-10', startTime: '09:00', place: 'Kamer IB' },
        DEFAULT_MEETING_TEMPLATES.driehoeksoverleg,
        { id: 'm-d', now: T0 },
      ),
    );
    const withOne = addItem(driehoek, { id: 'i-1', caseId: 'c-1', pupilId: 'p-zoe' });
    expect(
      addAgendaItem(
        withOne,
        { id: 'i-2', caseId: 'c-noor', pupilId: 'p-noor', bespreekdoel: 'niet-pluis' },
        { pupil: noor, consents },
        DEFAULT_MEETING_TEMPLATES.driehoeksoverleg,
        T0,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'too-many-items', max: 1 },
    });
  });

  it('refuses changes to approved minutes', () => {
    const approved = {
      ...threeCaseZorgteam(),
      status: 'vastgesteld' as const,
      approvedAt: T0,
      approvedBy: 'Anouk de Wit',
    };
    expect(
      addAgendaItem(
        approved,
        { id: 'i-x', caseId: 'c-9', pupilId: 'p-zoe', bespreekdoel: 'niet-pluis' },
        { pupil: zoe, consents },
        DEFAULT_MEETING_TEMPLATES.zorgteam,
        T0,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'minutes-approved' },
    });
    expect(removeAgendaItem(approved, 'i-zoe', T0)).toMatchObject({
      ok: false,
      error: { code: 'minutes-approved' },
    });
  });
});

describe('pseudonyms', () => {
  it('counts A..Z, then AA', () => {
    expect(pseudonymForIndex(0)).toBe('Leerling A');
    expect(pseudonymForIndex(25)).toBe('Leerling Z');
    expect(pseudonymForIndex(26)).toBe('Leerling AA');
    expect(pseudonymForIndex(27)).toBe('Leerling AB');
  });

  it('never hands a removed item’s letter to another child, and keeps an item’s letter when it turns named and back', () => {
    let meeting = threeCaseZorgteam();
    meeting = unwrap(removeAgendaItem(meeting, 'i-daan', T0));
    expect(nextPseudonym(meeting)).toBe('Leerling B');
    meeting = unwrap(setItemMode(meeting, 'i-zoe', 'anonymous', { pupil: zoe, consents }, T0));
    expect(meeting.agenda.find((i) => i.id === 'i-zoe')?.pseudonym).toBe('Leerling B');
    meeting = unwrap(setItemMode(meeting, 'i-zoe', 'named', { pupil: zoe, consents }, T0));
    meeting = unwrap(setItemMode(meeting, 'i-zoe', 'anonymous', { pupil: zoe, consents }, T0));
    expect(meeting.agenda.find((i) => i.id === 'i-zoe')?.pseudonym).toBe('Leerling B');
    expect(agendaInOrder(meeting).map((i) => i.order)).toEqual([0, 1]);
  });

  it('property: pseudonyms stay unique whatever is added, removed or switched', () => {
    const ops = fc.array(
      fc.oneof(
        fc.constant({ op: 'add' as const }),
        fc.record({ op: fc.constant('remove' as const), index: fc.nat(10) }),
        fc.record({ op: fc.constant('flip' as const), index: fc.nat(10) }),
      ),
      {
        maxLength: 25,
      },
    );
    fc.assert(
      fc.property(ops, (list) => {
        let meeting = emptyZorgteam();
        let counter = 0;
        const handedOut: string[] = [];
        for (const step of list) {
          const ordered = agendaInOrder(meeting);
          if (step.op === 'add') {
            counter += 1;
            const result = addAgendaItem(
              meeting,
              {
                id: `i-${counter}`,
                caseId: `c-${counter}`,
                pupilId: 'p-daan',
                bespreekdoel: 'niet-pluis',
              },
              { pupil: daan, consents },
              DEFAULT_MEETING_TEMPLATES.zorgteam,
              T0,
            );
            if (result.ok) {
              meeting = result.value.meeting;
              const p = result.value.item.pseudonym;
              if (p !== undefined) {
                expect(handedOut).not.toContain(p);
                handedOut.push(p);
              }
            }
          } else if (ordered.length > 0) {
            const target = ordered[step.index % ordered.length];
            if (target === undefined) continue;
            if (step.op === 'remove') meeting = unwrap(removeAgendaItem(meeting, target.id, T0));
            else {
              const flipped = setItemMode(
                meeting,
                target.id,
                target.mode === 'named' ? 'anonymous' : 'named',
                { pupil: daan, consents },
                T0,
              );
              if (flipped.ok) meeting = flipped.value;
            }
          }
          const pseudonyms = meeting.agenda.flatMap((i) =>
            i.pseudonym === undefined ? [] : [i.pseudonym],
          );
          expect(new Set(pseudonyms).size).toBe(pseudonyms.length);
          expect(meeting.agenda.every((i) => i.mode === 'anonymous')).toBe(true);
        }
      }),
    );
  });
});

describe('setItemMode', () => {
  it('refuses named without consent, with the reasons', () => {
    expect(
      setItemMode(threeCaseZorgteam(), 'i-daan', 'named', { pupil: daan, consents }, T0),
    ).toEqual({
      ok: false,
      error: {
        code: 'named-without-consent',
        itemId: 'i-daan',
        reasons: [{ code: 'no-consent-for-purpose', purpose: 'bespreken-op-naam' }],
      },
    });
  });

  it('turns an anonymous item named once consent is recorded', () => {
    const daanConsent = {
      ...zoeConsent,
      id: 'k-daan',
      caseId: 'c-daan',
      pupilId: 'p-daan',
      givenBy: [
        {
          personKind: 'guardian' as const,
          guardianId: 'g-daan-m',
          name: 'Fatima Çelik',
          method: 'schriftelijk' as const,
          date: '2026-03-01',
        },
      ],
    };
    const meeting = unwrap(
      setItemMode(
        threeCaseZorgteam(),
        'i-daan',
        'named',
        { pupil: daan, consents: [...consents, daanConsent] },
        T0,
      ),
    );
    expect(meeting.agenda.find((i) => i.id === 'i-daan')).toMatchObject({
      mode: 'named',
      consentIds: ['k-daan'],
      pseudonym: 'Leerling A',
    });
  });

  it('refuses anonymous while the item has a partner action', () => {
    const base = threeCaseZorgteam();
    const withPartner = {
      ...base,
      agenda: base.agenda.map((i) =>
        i.id === 'i-zoe'
          ? {
              ...i,
              actions: [
                action({ id: 'x-1', ownerKind: 'partner', ownerOrganisation: 'SMW Twente' }),
              ],
            }
          : i,
      ),
    };
    expect(setItemMode(withPartner, 'i-zoe', 'anonymous', { pupil: zoe, consents }, T0)).toEqual({
      ok: false,
      error: { code: 'anonymous-partner-action', itemId: 'i-zoe', actionId: 'x-1' },
    });
  });

  it('refuses evidence about another pupil', () => {
    expect(
      setItemMode(threeCaseZorgteam(), 'i-daan', 'named', { pupil: zoe, consents }, T0),
    ).toMatchObject({ ok: false, error: { code: 'pupil-mismatch' } });
  });
});

describe('canAssignAction', () => {
  it('refuses partner actions on anonymous items only', () => {
    const partner = action({ id: 'x-1', ownerKind: 'partner' });
    const school = action({ id: 'x-2' });
    expect(canAssignAction({ id: 'i', mode: 'anonymous' }, partner)).toEqual({
      ok: false,
      error: { code: 'anonymous-partner-action', itemId: 'i', actionId: 'x-1' },
    });
    expect(canAssignAction({ id: 'i', mode: 'anonymous' }, school)).toEqual({
      ok: true,
      value: true,
    });
    expect(canAssignAction({ id: 'i', mode: 'named' }, partner)).toEqual({ ok: true, value: true });
  });

  it('is also a schema invariant: a stored anonymous item with a partner action does not validate', () => {
    const base = threeCaseZorgteam();
    const broken = {
      ...base,
      agenda: base.agenda.map((i) =>
        i.id === 'i-daan' ? { ...i, actions: [action({ id: 'x-1', ownerKind: 'partner' })] } : i,
      ),
    };
    expect(meetingSchema.safeParse(broken).success).toBe(false);
  });
});

describe('ordering and schedule', () => {
  it('reorders by a full id list and refuses a partial one', () => {
    const meeting = unwrap(reorderAgenda(threeCaseZorgteam(), ['i-noor', 'i-zoe', 'i-daan'], T0));
    expect(agendaInOrder(meeting).map((i) => i.id)).toEqual(['i-noor', 'i-zoe', 'i-daan']);
    expect(reorderAgenda(meeting, ['i-noor', 'i-zoe'], T0)).toEqual({
      ok: false,
      error: { code: 'invalid-order' },
    });
    expect(reorderAgenda(meeting, ['i-noor', 'i-noor', 'i-zoe'], T0)).toEqual({
      ok: false,
      error: { code: 'invalid-order' },
    });
  });

  it('moves one item with the keyboard, clamped at the ends', () => {
    let meeting = unwrap(moveAgendaItem(threeCaseZorgteam(), 'i-noor', 0, T0));
    expect(agendaInOrder(meeting).map((i) => i.id)).toEqual(['i-noor', 'i-zoe', 'i-daan']);
    meeting = unwrap(moveAgendaItem(meeting, 'i-noor', 99, T0));
    expect(agendaInOrder(meeting).map((i) => i.id)).toEqual(['i-zoe', 'i-daan', 'i-noor']);
    expect(moveAgendaItem(meeting, 'nope', 0, T0)).toEqual({
      ok: false,
      error: { code: 'item-not-found', itemId: 'nope' },
    });
  });

  it('puts clock times on the fixed parts and the items, and reports an overrun', () => {
    const meeting = threeCaseZorgteam();
    const schedule = agendaSchedule(meeting, DEFAULT_MEETING_TEMPLATES.zorgteam);
    expect(schedule.parts.map((p) => `${p.start}-${p.end} ${p.title ?? p.itemId ?? ''}`)).toEqual([
      '15:00-15:05 Opening en vaststellen agenda',
      '15:05-15:10 Terugblik: welke stappen zijn gezet',
      '15:10-15:25 i-zoe',
      '15:25-15:40 i-daan',
      '15:40-15:55 i-noor',
      '15:55-16:00 Rondvraag en sluiting',
    ]);
    expect(schedule.overrunMinutes).toBe(0);
    expect(
      agendaSchedule({ ...meeting, endTime: '15:30' }, DEFAULT_MEETING_TEMPLATES.zorgteam)
        .overrunMinutes,
    ).toBe(30);
  });

  it('creates a meeting from the template: end time from the usual length, process evaluation for ZAT only', () => {
    expect(emptyZorgteam()).toMatchObject({
      status: 'concept',
      startTime: '15:00',
      endTime: '16:30',
      agenda: [],
      addenda: [],
    });
    expect(emptyZorgteam().processEvaluation).toBeUndefined();
    const zat = unwrap(
      createMeeting(
        { kind: 'zat', date: '2026-03-10', startTime: '13:00', place: 'Gemeentehuis' },
        DEFAULT_MEETING_TEMPLATES.zat,
        { id: 'm-z', now: T0 },
      ),
    );
    expect(zat.processEvaluation).toEqual({ wentWell: '', didNotGoWell: '', doDifferently: '' });
    expect(zat.endTime).toBe('15:00');
    const late = unwrap(
      createMeeting(
        { kind: 'zat', date: '2026-03-10', startTime: '23:00', place: 'x' },
        DEFAULT_MEETING_TEMPLATES.zat,
        { id: 'm-l', now: T0 },
      ),
    );
    expect(late.endTime).toBe('23:59');
  });
});

describe('droppedOrder', () => {
  const order = ['a', 'b', 'c', 'd'];

  it('puts the dragged item in the place of the one it is dropped on', () => {
    expect(droppedOrder(order, 'a', 'c')).toEqual(['b', 'c', 'a', 'd']);
    expect(droppedOrder(order, 'd', 'b')).toEqual(['a', 'd', 'b', 'c']);
    expect(droppedOrder(order, 'c', 'd')).toEqual(['a', 'b', 'd', 'c']);
  });

  it('moves nothing for an item dropped on itself or an unknown item', () => {
    expect(droppedOrder(order, 'b', 'b')).toBeUndefined();
    expect(droppedOrder(order, '', 'b')).toBeUndefined();
    expect(droppedOrder(order, 'x', 'b')).toBeUndefined();
    expect(droppedOrder(order, 'b', 'x')).toBeUndefined();
  });
});
