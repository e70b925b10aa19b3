// Tests for the referral record's schema and record type: the invariants a stored referral
// must keep, and the defineRecordType declaration the catalog will register.
import { describe, expect, it } from 'vitest';
import { validateRecord } from '../../../shared/records/registry';
import { newReferral, referralSchema } from '../../../shared/referrals/referral';
import { holidaysRecordType } from '../../../shared/referrals/holidays';
import { letterheadRecordType } from '../../../shared/referrals/letterhead';
import { receivedReferralRecordType } from '../../../shared/referrals/received';
import { REFERRAL_RECORD_TYPES, referralRecordType } from '../../../shared/referrals/recordTypes';
import { referral, T0 } from './builders';

describe('referral record', () => {
  it('accepts a valid referral and a new concept', () => {
    expect(referralSchema.safeParse(referral()).success).toBe(true);
    const fresh = newReferral({
      id: 'v-2',
      caseId: 'c-1',
      pupilId: 'p-zoe',
      recipientOrganisationId: 'o-wijkteam',
      date: '2026-02-02',
      now: T0,
    });
    expect(fresh.status).toBe('concept');
    expect(fresh.history).toEqual([{ status: 'concept', date: '2026-02-02' }]);
  });

  it('keeps its invariants', () => {
    const bad = [
      referral({ status: 'verstuurd' }), // history does not end with the status
      referral({ dataCategories: ['basisgegevens', 'basisgegevens'] }),
      referral({ dataCategories: ['benoemd-document'] }),
      referral({ attachments: [{ kind: 'document', refId: 'd-1' }] }),
      referral({ attachments: [{ kind: 'minutes', refId: 'm-1', documentName: 'x' }] }),
      { ...referral(), workingNotes: [] },
      referral({
        letters: [
          {
            documentId: 'ZT-1234',
            fingerprint: 'ab'.repeat(32),
            variant: 'recipient',
            date: '2026-02-02',
          },
        ],
      }),
      referral({
        letters: [
          {
            documentId: 'ZT-7K3Q-0000-ABCD-EFGH',
            fingerprint: 'AB'.repeat(32),
            variant: 'recipient',
            date: '2026-02-02',
          },
        ],
      }),
    ];
    for (const r of bad) expect(referralSchema.safeParse(r).success).toBe(false);
  });

  it('records each letter made with its document id and fingerprint', () => {
    const letters = [
      {
        documentId: 'ZT-7K3Q-0000-ABCD-EFGH',
        fingerprint: 'ab'.repeat(32),
        variant: 'recipient' as const,
        date: '2026-02-02',
      },
      {
        documentId: 'ZT-7K3Q-0000-ABCD-EFGJ',
        fingerprint: 'ab'.repeat(32),
        variant: 'parents' as const,
        date: '2026-02-02',
      },
    ];
    expect(referralSchema.safeParse(referral({ letters })).success).toBe(true);
  });

  it('is declared as case.referral under its case', () => {
    expect(REFERRAL_RECORD_TYPES).toEqual([
      referralRecordType,
      letterheadRecordType,
      receivedReferralRecordType,
      holidaysRecordType,
    ]);
    expect(referralRecordType.type).toBe('case.referral');
    expect(referralRecordType.parentOf?.(referral())).toBe('c-1');
    expect(validateRecord(referralRecordType, referral()).id).toBe('v-1');
  });
});
