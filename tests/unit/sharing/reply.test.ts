// Runs in: Node (unit tests).
//
// Reply merge: differences are shown per field and only chosen ones are written to the plan.
import { describe, expect, it } from 'vitest';
import { emptyActieplan, type Actieplan } from '../../../shared/meetings/actieplan';
import {
  applyReplyChoices,
  REPLY_CONTENT_FORMAT,
  replyContentSchema,
  replyRows,
  type ReplyContent,
} from '../../../shared/sharing/reply';
import { action } from '../meetings/builders';

const NOW = '2026-03-20T10:00:00.000Z';

function plan(caseId: string, actions: Actieplan['actions']): Actieplan {
  return { ...emptyActieplan(caseId, '2026-03-01T10:00:00.000Z'), actions };
}

const plans = [
  plan('c-1', [
    action({ id: 'a-1', ownerName: 'Joost Kamphuis', ownerKind: 'partner' }),
    action({ id: 'a-2' }),
  ]),
  plan('c-2', [action({ id: 'a-3', status: 'gedaan', outcome: 'klaar' })]),
];

const reply: ReplyContent = {
  format: REPLY_CONTENT_FORMAT,
  meetingId: 'm-1',
  from: { name: 'Joost Kamphuis', organisation: 'SMW Twente' },
  actions: [
    { id: 'a-1', status: 'gedaan', outcome: 'Gesprek gevoerd met moeder.' },
    { id: 'a-3', status: 'gedaan', outcome: 'klaar' },
    { id: 'a-9', status: 'open', outcome: '' },
  ],
  notes: [{ itemId: 'i-1', text: 'Graag volgende keer bespreken.' }],
};

describe('reply content', () => {
  it('validates and refuses duplicates and unknown fields', () => {
    expect(replyContentSchema.safeParse(reply).success).toBe(true);
    expect(
      replyContentSchema.safeParse({ ...reply, actions: [reply.actions[0], reply.actions[0]] })
        .success,
    ).toBe(false);
    expect(replyContentSchema.safeParse({ ...reply, extra: 1 }).success).toBe(false);
  });
});

describe('replyRows', () => {
  it('lines up reply actions with the current plan actions', () => {
    const rows = replyRows(reply, plans);
    expect(rows.map((r) => [r.actionId, r.current?.caseId, r.changes])).toEqual([
      ['a-1', 'c-1', ['status', 'outcome']],
      ['a-3', 'c-2', []],
      ['a-9', undefined, []],
    ]);
  });
});

describe('applyReplyChoices', () => {
  it('writes only the chosen change', () => {
    const rows = replyRows(reply, plans);
    const changed = applyReplyChoices(plans, rows, [{ actionId: 'a-1', field: 'status' }], NOW);
    expect(changed.ok).toBe(true);
    if (!changed.ok) return;
    expect(changed.value).toHaveLength(1);
    const a1 = changed.value[0]?.actions.find((a) => a.id === 'a-1');
    expect(a1?.status).toBe('gedaan');
    expect(a1?.outcome).toBe('');
    expect(changed.value[0]?.updatedAt).toBe(NOW);
  });

  it('writes nothing without a choice', () => {
    const rows = replyRows(reply, plans);
    expect(applyReplyChoices(plans, rows, [], NOW)).toEqual({ ok: true, value: [] });
  });

  it('combines two fields of one action', () => {
    const rows = replyRows(reply, plans);
    const changed = applyReplyChoices(
      plans,
      rows,
      [
        { actionId: 'a-1', field: 'status' },
        { actionId: 'a-1', field: 'outcome' },
      ],
      NOW,
    );
    expect(changed.ok && changed.value[0]?.actions.find((a) => a.id === 'a-1')).toMatchObject({
      status: 'gedaan',
      outcome: 'Gesprek gevoerd met moeder.',
    });
  });

  it('refuses a change that was not offered', () => {
    const rows = replyRows(reply, plans);
    expect(
      applyReplyChoices(plans, rows, [{ actionId: 'a-3', field: 'status' }], NOW),
    ).toMatchObject({ ok: false, error: { code: 'reply.choice-not-offered' } });
    expect(
      applyReplyChoices(plans, rows, [{ actionId: 'a-9', field: 'status' }], NOW),
    ).toMatchObject({ ok: false, error: { code: 'reply.choice-not-offered' } });
  });
});
