// Runs in: Node (Vitest).
//
// Retention deletion is derived from the record registry (parentOf chains), so this test
// goes over APP_RECORD_TYPES itself: every record type that can refer to a case must declare
// its parent (then the deletion follows it by construction), and every type without a parent
// must be named below with the reason it never lives under a case. A new record type fails
// here until it is one or the other.
import { describe, expect, it } from 'vitest';
import {
  planCaseDeletion,
  retentionAuditDetail,
} from '../../../renderer/src/directory/caseDeletion';
import { APP_RECORD_TYPES } from '../../../shared/records/catalog';
import { recordsUnder, type ParentedRef } from '../../../shared/records/descendants';
import { hasField } from '../../helpers/schemaFields';
import { emptyZorgteam, threeCaseZorgteam } from '../meetings/builders';

/** Types without a parent, and why none of their records belongs to a case. */
const NEVER_UNDER_A_CASE: Readonly<Record<string, string>> = {
  'vault.profile': 'the school and user of the vault',
  'vault.settings': 'security settings',
  pupil: 'the pupil outlives a case (other cases, still at school); deleted on its own',
  'directory.organisation': 'the sociale kaart',
  'school.care-settings': 'school settings',
  'school.meeting-templates': 'school settings',
  'school.letterhead': 'school settings',
  'school.holidays': 'school settings',
  'referral.received': 'a referral from a school; holds no case id of this vault',
  'sharing.identity': "the user's own deelsleutel",
  'sharing.received': 'a file from another school; holds no case id of this vault',
  'swv.school-figures': "a school's published figures on the SWV's side; no case, no personal data",
};

/** Types that stay and are changed in place: meetings keep the record, the case's items are erased. */
const ERASED_IN_PLACE: Readonly<Record<string, string>> = {
  meeting: 'shared/meetings/erase.ts replaces the case items by a pseudonym without text',
};

describe('record types and retention', () => {
  it('knows the shape of the schemas it inspects (the test itself works)', () => {
    expect(
      hasField(APP_RECORD_TYPES.find((d) => d.type === 'case.consent')!.schema, 'caseId'),
    ).toBe(true);
    expect(hasField(APP_RECORD_TYPES.find((d) => d.type === 'meeting')!.schema, 'caseId')).toBe(
      true,
    );
    expect(hasField(APP_RECORD_TYPES.find((d) => d.type === 'pupil')!.schema, 'caseId')).toBe(
      false,
    );
  });

  it.each(APP_RECORD_TYPES.map((d) => [d.type, d] as const))(
    '%s: refers to a case only with a parentOf, or is erased in place',
    (type, def) => {
      if (!hasField(def.schema, 'caseId')) return;
      expect(
        def.parentOf !== undefined || Object.hasOwn(ERASED_IN_PLACE, type),
        `${type} holds a caseId but declares no parentOf: a case deletion would leave it behind`,
      ).toBe(true);
    },
  );

  it.each(APP_RECORD_TYPES.map((d) => [d.type, d] as const))(
    '%s: has a parent or a reason it never lives under a case',
    (type, def) => {
      expect(
        def.parentOf !== undefined ||
          Object.hasOwn(NEVER_UNDER_A_CASE, type) ||
          Object.hasOwn(ERASED_IN_PLACE, type),
        `${type} has no parentOf and is not classified`,
      ).toBe(true);
    },
  );
});

describe('planCaseDeletion', () => {
  // One record of every parented type directly under the case, and one of every parented type
  // under each of those (a chain two deep), plus the same under another case.
  const parented = APP_RECORD_TYPES.filter((d) => d.parentOf !== undefined);
  const tree = (caseId: string, tag: string): ParentedRef[] =>
    parented.flatMap((d, i) => [
      { type: d.type, id: `${tag}c${i}`, parent: caseId },
      ...parented.map((g, j) => ({ type: g.type, id: `${tag}g${i}-${j}`, parent: `${tag}c${i}` })),
    ]);
  const records = [
    ...tree('rcase', 'a'),
    ...tree('rother', 'b'),
    { type: 'directory.contact', id: 'rcontact', parent: 'rorg' },
  ];

  it('takes every record whose parent chain leads to the case, of every parented type, deepest first and the case last', () => {
    const plan = planCaseDeletion('rcase', records, []);
    const ids = plan.records.map((r) => r.id);
    expect(ids).toHaveLength(parented.length + parented.length * parented.length + 1);
    expect(ids.every((id) => id.startsWith('a') || id === 'rcase')).toBe(true);
    expect(ids.at(-1)).toBe('rcase');
    expect(ids.findIndex((id) => id.startsWith('ac'))).toBeGreaterThan(
      ids.findLastIndex((id) => id.startsWith('ag')),
    );
    // 'case' itself is parented (by its pupil): the case being deleted comes on top.
    for (const def of parented)
      expect(plan.counts.find((c) => c.type === def.type)?.count).toBe(
        1 + parented.length + (def.type === 'case' ? 1 : 0),
      );
  });

  it('counts the agenda items of the case in the meetings that stay', () => {
    const meeting = threeCaseZorgteam();
    expect(
      planCaseDeletion('c-daan', [], [meeting, emptyZorgteam({ id: 'm-2' })]).meetings,
    ).toEqual([{ id: meeting.id, items: 1 }]);
  });

  it('never loops on a cycle', () => {
    expect(
      recordsUnder('rx', [
        { type: 't', id: 'ry', parent: 'rx' },
        { type: 't', id: 'rx', parent: 'ry' },
      ]),
    ).toEqual([{ type: 't', id: 'ry' }]);
  });

  it('keeps only the count in the audit detail', () => {
    expect(retentionAuditDetail(5)).toBe('records=5');
  });
});
