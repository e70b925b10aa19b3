// Runs in: Node (Vitest).
//
// "Delen als bestand": who is offered as a recipient, and what stops the file being sealed.
import { describe, expect, it } from 'vitest';
import type { ContactPerson } from '../../../shared/domain/directory';
import { shareCandidates, shareFormProblems } from '../../../shared/sharing/shareForm';

const T0 = '2026-01-05T09:00:00.000Z';
const contact = (
  c: Pick<ContactPerson, 'id' | 'name'> & Partial<ContactPerson>,
): ContactPerson => ({
  organisationId: 'org-1',
  role: 'wijkcoach',
  createdAt: T0,
  updatedAt: T0,
  ...c,
});

describe('shareCandidates', () => {
  const contacts = [
    contact({ id: 'c-zoe', name: 'Zoë', deelsleutel: 'key' }),
    contact({ id: 'c-bas', name: 'Bas' }),
    contact({ id: 'c-ans', name: 'Ans', deelsleutel: 'key' }),
    contact({ id: 'c-wim', name: 'Wim' }),
  ];

  it("offers the meeting's attendees first, then others with a deelsleutel, each by name", () => {
    const attendee = { role: 'wijkcoach', organisation: '', presence: 'aanwezig' } as const;
    const meeting = {
      attendees: [
        { ...attendee, id: 'a-1', name: 'Wim', contactId: 'c-wim' },
        { ...attendee, id: 'a-2', name: 'Moeder' },
      ],
    };
    const ids = shareCandidates(meeting, contacts).map((c) => c.id);
    expect(ids).toEqual(['c-wim', 'c-ans', 'c-zoe']);
    expect(shareCandidates(undefined, contacts).map((c) => c.id)).toEqual(['c-ans', 'c-zoe']);
  });
});

describe('shareFormProblems', () => {
  const base = {
    method: 'deelsleutel' as const,
    recipients: 2,
    recipientsWithoutKey: 0,
    passphrase: '',
    expiry: '',
    today: '2026-03-10',
  };

  it('lets a file to recipients with keys, without expiry, through', () => {
    expect(shareFormProblems(base)).toEqual({});
    expect(shareFormProblems({ ...base, expiry: '2026-03-10' })).toEqual({});
  });

  it('asks for recipients, each with a valid deelsleutel', () => {
    expect(shareFormProblems({ ...base, recipients: 0 })).toEqual({ recipients: 'none' });
    expect(shareFormProblems({ ...base, recipientsWithoutKey: 1 })).toEqual({
      recipients: 'missing-key',
    });
  });

  it('with a passphrase: asks for one long enough, and not for keys', () => {
    const phrase = { ...base, method: 'passphrase' as const, recipientsWithoutKey: 2 };
    expect(shareFormProblems(phrase)).toEqual({ passphrase: 'empty' });
    expect(shareFormProblems({ ...phrase, passphrase: 'kort' })).toEqual({
      passphrase: 'too-short',
    });
    expect(shareFormProblems({ ...phrase, passphrase: 'paard-batterij-nietje-correct' })).toEqual(
      {},
    );
  });

  it('refuses an expiry in the past or that is no date, along with other problems', () => {
    expect(shareFormProblems({ ...base, recipients: 0, expiry: '2026-03-09' })).toEqual({
      recipients: 'none',
      expiry: 'invalid',
    });
    expect(shareFormProblems({ ...base, expiry: '2026-02-30' })).toEqual({ expiry: 'invalid' });
  });
});
