// Runs in: Node (Vitest).
//
// The betrokkene form's rules: what a new or existing betrokkene's form starts with, the
// order contacts are offered in, and the record made from what was typed (or the field
// errors that say what to fix).
import { describe, expect, it } from 'vitest';
import type { ContactPerson } from '../../../shared/domain/directory';
import {
  contactsToPick,
  draftFromContact,
  initialInvolvementDraft,
  involvementFromDraft,
  type InvolvementDraft,
} from '../../../shared/domain/involvementForm';
import { involvement, organisation, T0 } from './builders';

const organisations = [
  organisation({ id: 'org-wijk', name: 'Wijkteam Centrum' }),
  organisation({ id: 'org-ggd', name: 'GGD Twente', kind: 'ggd-jgz' }),
];
const contact = (c: Pick<ContactPerson, 'id' | 'name' | 'organisationId'>): ContactPerson => ({
  role: 'jeugdverpleegkundige',
  createdAt: T0,
  updatedAt: T0,
  ...c,
});
const contacts = [
  contact({ id: 'ct-b', name: 'Bram', organisationId: 'org-wijk' }),
  contact({ id: 'ct-a', name: 'Anna', organisationId: 'org-wijk' }),
  contact({ id: 'ct-g', name: 'Gerda', organisationId: 'org-ggd' }),
];
const NOW = '2026-03-02T10:00:00.000Z';
const target = {
  id: 'inv-1',
  caseId: 'c-1',
  adding: true,
  contacts,
  organisations,
  createdAt: undefined,
  now: NOW,
};

describe('initialInvolvementDraft', () => {
  it('starts a new betrokkene from the directory (since today), or typed in when the preset organisation has nobody', () => {
    const fromDirectory = initialInvolvementDraft(
      undefined,
      contacts,
      organisations,
      undefined,
      '2026-03-02',
    );
    expect(fromDirectory).toMatchObject({
      source: 'directory',
      since: '2026-03-02',
      level: 'informeren',
    });
    const preset = initialInvolvementDraft(
      undefined,
      contacts,
      organisations,
      'org-other',
      '2026-03-02',
    );
    expect(preset).toMatchObject({ source: 'manual', organisationId: 'org-other' });
    expect(
      initialInvolvementDraft(undefined, [], organisations, undefined, '2026-03-02').source,
    ).toBe('manual');
  });

  it("keeps a deleted organisation's name as typed text", () => {
    const gone = involvement({
      id: 'inv-1',
      organisationId: 'org-gone',
      organisationName: 'Oud SMW',
    });
    expect(
      initialInvolvementDraft(gone, contacts, organisations, undefined, '2026-03-02'),
    ).toMatchObject({
      source: 'manual',
      organisationId: '',
      organisationName: 'Oud SMW',
    });
  });
});

describe('contactsToPick', () => {
  it("puts the preset organisation's contacts first, then by organisation and name", () => {
    expect(contactsToPick(contacts, organisations, undefined).map((c) => c.id)).toEqual([
      'ct-g',
      'ct-a',
      'ct-b',
    ]);
    expect(contactsToPick(contacts, organisations, 'org-wijk').map((c) => c.id)).toEqual([
      'ct-a',
      'ct-b',
      'ct-g',
    ]);
  });
});

describe('involvementFromDraft', () => {
  const picked: InvolvementDraft = {
    ...initialInvolvementDraft(undefined, contacts, organisations, undefined, '2026-03-02'),
    ...draftFromContact(contact({ id: 'ct-g', name: 'Gerda', organisationId: 'org-ggd' })),
    phone: '053 123 4567',
  };

  it('makes a record linked to the picked contact and its organisation', () => {
    const result = involvementFromDraft(picked, target);
    expect(result).toEqual({
      ok: true,
      value: {
        id: 'inv-1',
        caseId: 'c-1',
        contactId: 'ct-g',
        name: 'Gerda',
        role: 'jeugdverpleegkundige',
        organisationId: 'org-ggd',
        organisationName: 'GGD Twente',
        phone: '053 123 4567',
        since: '2026-03-02',
        isRegisseur: false,
        coordinationLevel: 'informeren',
        createdAt: NOW,
        updatedAt: NOW,
      },
    });
  });

  it('records an absence with its end and replacement', () => {
    const result = involvementFromDraft(
      { ...picked, absent: true, absentUntil: '2026-04-01', replacedBy: ' Henk ' },
      { ...target, createdAt: T0 },
    );
    expect(result.ok && result.value.absent).toEqual({ until: '2026-04-01', replacedBy: 'Henk' });
    expect(result.ok && result.value.createdAt).toBe(T0);
  });

  it('says which fields to fix, and asks for a contact only when adding from the directory', () => {
    const empty = initialInvolvementDraft(
      undefined,
      contacts,
      organisations,
      undefined,
      '2026-03-02',
    );
    const result = involvementFromDraft({ ...empty, email: 'geen-adres', since: '' }, target);
    expect(result).toEqual({
      ok: false,
      error: {
        contactId: { code: 'required' },
        name: { code: 'required' },
        role: { code: 'required' },
        email: { code: 'email-invalid' },
        since: { code: 'required' },
      },
    });
    const editing = involvementFromDraft(
      { ...empty, name: 'Piet', role: 'coach' },
      { ...target, adding: false },
    );
    expect(editing.ok && editing.value.contactId).toBeUndefined();
  });
});
