// Runs in: Node (unit tests).
//
// The consent filter of shared meeting files: a name goes into a file only with a valid
// 'informatie-uitwisselen' consent for every recipient organisation covering the phase's
// categories; otherwise the item goes anonymous and the names appear nowhere in the file.
import { describe, expect, it } from 'vitest';
import type { Consent } from '../../../shared/domain/consent';
import type { Meeting } from '../../../shared/meetings/meeting';
import { sharedMeetingContentSchema } from '../../../shared/sharing/meetingContent';
import {
  buildSharedMeeting,
  decideItemModes,
  shareCategories,
} from '../../../shared/sharing/meetingShare';
import { exchangeConsent } from '../domain/builders';
import { action, consents, pupils, threeCaseZorgteam, unwrap } from '../meetings/builders';

const ON = '2026-03-05';

function build(
  meeting: Meeting,
  organisationIds: string[],
  extra: Consent[] = [],
  phase: 'agenda' | 'minutes' = 'agenda',
) {
  return buildSharedMeeting({
    meeting,
    phase,
    pupils,
    consents: [...consents, ...extra],
    organisationIds,
    onDate: ON,
    schoolName: 'OBS De Tweemaster',
  });
}

function approved(meeting: Meeting): Meeting {
  return {
    ...meeting,
    status: 'vastgesteld',
    approvedAt: '2026-03-10T17:00:00.000+01:00',
    approvedBy: 'Anouk de Wit',
  };
}

describe('decideItemModes', () => {
  it('makes every item anonymous without a recipient organisation', () => {
    const decisions = decideItemModes({
      meeting: threeCaseZorgteam(),
      phase: 'agenda',
      pupils,
      consents: [...consents, exchangeConsent()],
      organisationIds: [],
      onDate: ON,
    });
    expect(decisions.map((d) => d.mode)).toEqual(['anonymous', 'anonymous', 'anonymous']);
    expect(decisions.map((d) => (d.mode === 'anonymous' ? d.reason : null))).toEqual([
      'no-recipient-organisation',
      'anonymous-in-meeting',
      'no-recipient-organisation',
    ]);
  });

  it('names only the pupil with an exchange consent for that organisation', () => {
    const decisions = decideItemModes({
      meeting: threeCaseZorgteam(),
      phase: 'agenda',
      pupils,
      consents: [...consents, exchangeConsent()],
      organisationIds: ['org-wijk'],
      onDate: ON,
    });
    expect(decisions[0]).toEqual({ itemId: 'i-zoe', mode: 'named', consentIds: ['k-exchange'] });
    expect(decisions[1]).toMatchObject({
      itemId: 'i-daan',
      mode: 'anonymous',
      reason: 'anonymous-in-meeting',
    });
    expect(decisions[2]).toMatchObject({
      itemId: 'i-noor',
      mode: 'anonymous',
      reason: 'no-consent',
      organisationId: 'org-wijk',
    });
  });

  it('needs consent for every recipient organisation', () => {
    const decisions = decideItemModes({
      meeting: threeCaseZorgteam(),
      phase: 'agenda',
      pupils,
      consents: [...consents, exchangeConsent()],
      organisationIds: ['org-wijk', 'org-smw'],
      onDate: ON,
    });
    expect(decisions[0]).toMatchObject({
      mode: 'anonymous',
      reason: 'no-consent',
      organisationId: 'org-smw',
    });
  });

  it('does not count a bespreken-op-naam consent as consent to share with an organisation', () => {
    const decisions = decideItemModes({
      meeting: threeCaseZorgteam(),
      phase: 'agenda',
      pupils,
      consents,
      organisationIds: ['org-wijk'],
      onDate: ON,
    });
    expect(decisions[0]).toMatchObject({ mode: 'anonymous', reason: 'no-consent' });
  });

  it('refuses an expired or withdrawn consent', () => {
    const expired = exchangeConsent({ validUntil: '2026-03-01' });
    const withdrawn = exchangeConsent({
      withdrawn: { date: '2026-03-02', by: 'Marieke van der Berg' },
    });
    for (const c of [expired, withdrawn]) {
      const decisions = decideItemModes({
        meeting: threeCaseZorgteam(),
        phase: 'agenda',
        pupils,
        consents: [...consents, c],
        organisationIds: ['org-wijk'],
        onDate: ON,
      });
      expect(decisions[0]).toMatchObject({ mode: 'anonymous', reason: 'no-consent' });
    }
  });

  it('asks more categories for minutes than for an agenda', () => {
    expect(shareCategories('agenda')).toEqual(['basisgegevens', 'zorgsignaal-en-hulpvraag']);
    expect(shareCategories('minutes')).toEqual(
      expect.arrayContaining(['overlegverslagen', 'actieplan']),
    );
    const meeting = approved(threeCaseZorgteam());
    const narrow = decideItemModes({
      meeting,
      phase: 'minutes',
      pupils,
      consents: [...consents, exchangeConsent()],
      organisationIds: ['org-wijk'],
      onDate: ON,
    });
    expect(narrow[0]).toMatchObject({ mode: 'anonymous', reason: 'no-consent' });
    const wide = exchangeConsent({
      dataCategories: [
        'basisgegevens',
        'zorgsignaal-en-hulpvraag',
        'overlegverslagen',
        'actieplan',
      ],
    });
    const named = decideItemModes({
      meeting,
      phase: 'minutes',
      pupils,
      consents: [...consents, wide],
      organisationIds: ['org-wijk'],
      onDate: ON,
    });
    expect(named[0]).toMatchObject({ mode: 'named' });
  });
});

describe('buildSharedMeeting', () => {
  it('builds valid content whose anonymous items carry no names at all', () => {
    const meeting = threeCaseZorgteam();
    const withText: Meeting = {
      ...meeting,
      agenda: meeting.agenda.map((i) =>
        i.id === 'i-noor'
          ? {
              ...i,
              question:
                'Noor de Vries leest slecht; moeder Marieke van der Berg maakt zich zorgen.',
            }
          : i,
      ),
    };
    const built = unwrap(build(withText, ['org-wijk'], [exchangeConsent()]));
    expect(sharedMeetingContentSchema.safeParse(built.content).success).toBe(true);
    const json = JSON.stringify(built.content);
    expect(built.content.items[0]?.subject).toEqual({
      mode: 'named',
      pupilName: 'Zoë van der Berg',
    });
    for (const secret of [
      'Noor',
      'Vries',
      'Daan',
      'Çelik',
      'Marieke',
      'p-noor',
      'c-noor',
      'p-daan',
      'c-daan',
      'k-noor',
    ])
      expect(json).not.toContain(secret);
    const pseudonyms = built.content.items.flatMap((i) =>
      i.subject.mode === 'anonymous' ? [i.subject.pseudonym] : [],
    );
    expect(new Set(pseudonyms).size).toBe(pseudonyms.length);
    expect(pseudonyms).toHaveLength(2);
  });

  it('leaves every item anonymous for a passphrase file to nobody in particular', () => {
    const built = unwrap(build(threeCaseZorgteam(), [], [exchangeConsent()]));
    const json = JSON.stringify(built.content);
    for (const secret of ['Zoë', 'Noor', 'Daan', 'p-zoe', 'c-1'])
      expect(json).not.toContain(secret);
  });

  it('keeps preparation (carry-over) for named items only and has no minutes in an agenda', () => {
    const meeting = threeCaseZorgteam();
    const carry = {
      takenOn: '2026-03-01',
      openActions: [action({ id: 'x-1', ownerName: 'Joost Kamphuis', ownerKind: 'partner' })],
      decisions: [{ id: 'd-1', text: 'Observeren' }],
    };
    const withCarry: Meeting = {
      ...meeting,
      agenda: meeting.agenda.map((i) => ({ ...i, carryOver: carry, situation: 'geheim verslag' })),
    };
    const built = unwrap(build(withCarry, ['org-wijk'], [exchangeConsent()]));
    expect(built.content.items[0]?.preparation?.openActions.map((a) => a.id)).toEqual(['x-1']);
    expect(built.content.items[1]?.preparation).toBeUndefined();
    expect(built.content.items[2]?.preparation).toBeUndefined();
    expect(JSON.stringify(built.content)).not.toContain('geheim verslag');
  });

  it('shares minutes only when they are vastgesteld', () => {
    expect(build(threeCaseZorgteam(), ['org-wijk'], [], 'minutes')).toEqual({
      ok: false,
      error: { code: 'minutes-not-approved' },
    });
    const meeting = approved(threeCaseZorgteam());
    const withMinutes: Meeting = {
      ...meeting,
      agenda: meeting.agenda.map((i) =>
        i.id === 'i-zoe' ? { ...i, situation: 'Gaat beter.', actions: [action({ id: 'a-1' })] } : i,
      ),
    };
    const built = unwrap(build(withMinutes, ['org-wijk'], [], 'minutes'));
    expect(built.content.items[0]?.minutes?.actions.map((a) => a.id)).toEqual(['a-1']);
    expect(built.content.meeting.approvedAt).toBeDefined();
  });

  it('refuses an empty agenda', () => {
    const meeting = { ...threeCaseZorgteam(), agenda: [] };
    expect(build(meeting, [])).toEqual({ ok: false, error: { code: 'meeting-empty' } });
  });
});

describe('name corrections in a shared file', () => {
  it('apply to the file content, also for an item the filter made anonymous, and the added forms are not in it', () => {
    // Zoë is named in the meeting; without a recipient organisation she goes anonymous in the file.
    let meeting = threeCaseZorgteam();
    meeting = {
      ...meeting,
      agenda: meeting.agenda.map((i) =>
        i.id === 'i-zoe'
          ? {
              ...i,
              question: 'Zoë en Zoetje: zoë is ook een woord?',
              nameCorrections: { kept: ['zoë'], added: ['Zoetje'] },
            }
          : i,
      ),
    };
    const { content, replaced } = unwrap(build(meeting, []));
    const item = content.items.find((i) => i.id === 'i-zoe');
    expect(item?.subject.mode).toBe('anonymous');
    const pseudonym = item?.subject.mode === 'anonymous' ? item.subject.pseudonym : '';
    expect(item?.question).toBe(`${pseudonym} en ${pseudonym}: zoë is ook een woord?`);
    expect(JSON.stringify(content)).not.toMatch(/Zoë|Zoetje/);
    expect(replaced.filter((r) => r.itemId === 'i-zoe').map((r) => [r.found, r.kept])).toEqual([
      ['Zoë', false],
      ['Zoetje', false],
      ['zoë', true],
    ]);
  });
});
