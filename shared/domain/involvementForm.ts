// Runs in: any environment.
//
// The betrokkene form behind InvolvementDialog as rules: what the form starts with (an
// existing betrokkene, or a new one from the directory or typed in, preset to a suggested
// organisation), the order contacts are offered in, and turning what was typed into an
// Involvement record with a field error code for everything the schema would refuse.
import type { ContactPerson, Organisation } from './directory';
import {
  parseOptionalDate,
  parseOptionalEmail,
  parseOptionalPhone,
  parseOptionalText,
  parseRequired,
  parseRequiredDate,
  type FieldErrorCode,
} from './directoryForm';
import type { IsoDate } from './dates';
import { involvementSchema, type CoordinationLevelId, type Involvement } from './involvement';
import { err, ok, type Result } from '../result';

export interface InvolvementDraft {
  readonly source: 'directory' | 'manual';
  readonly contactId: string;
  readonly name: string;
  readonly role: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly phone: string;
  readonly email: string;
  readonly since: string;
  readonly level: CoordinationLevelId;
  readonly isRegisseur: boolean;
  readonly absent: boolean;
  readonly absentUntil: string;
  readonly replacedBy: string;
}

/** The fields typed as text. */
export type InvolvementTextField =
  'name' | 'role' | 'organisationName' | 'phone' | 'email' | 'since' | 'absentUntil' | 'replacedBy';

export type InvolvementDraftErrors = Partial<
  Record<InvolvementTextField | 'contactId', { readonly code: FieldErrorCode }>
>;

/** The form for `involvement`, or for a new betrokkene (since today) when it is undefined. */
export function initialInvolvementDraft(
  involvement: Involvement | undefined,
  contacts: readonly ContactPerson[],
  organisations: readonly Organisation[],
  presetOrganisationId: string | undefined,
  today: IsoDate,
): InvolvementDraft {
  if (involvement !== undefined) {
    // An organisation deleted from the directory since: keep its name as typed text.
    const linked = organisations.some((o) => o.id === involvement.organisationId);
    return {
      source: involvement.contactId === undefined ? 'manual' : 'directory',
      contactId: involvement.contactId ?? '',
      name: involvement.name,
      role: involvement.role,
      organisationId: linked ? (involvement.organisationId ?? '') : '',
      organisationName: linked ? '' : (involvement.organisationName ?? ''),
      phone: involvement.phone ?? '',
      email: involvement.email ?? '',
      since: involvement.since,
      level: involvement.coordinationLevel,
      isRegisseur: involvement.isRegisseur,
      absent: involvement.absent !== undefined,
      absentUntil: involvement.absent?.until ?? '',
      replacedBy: involvement.absent?.replacedBy ?? '',
    };
  }
  // Picking from the directory only when it has someone (at the preset organisation).
  const presetHasContacts =
    presetOrganisationId !== undefined &&
    contacts.some((c) => c.organisationId === presetOrganisationId);
  return {
    source:
      contacts.length > 0 && (presetOrganisationId === undefined || presetHasContacts)
        ? 'directory'
        : 'manual',
    contactId: '',
    name: '',
    role: '',
    organisationId: presetOrganisationId ?? '',
    organisationName: '',
    phone: '',
    email: '',
    since: today,
    level: 'informeren',
    isRegisseur: false,
    absent: false,
    absentUntil: '',
    replacedBy: '',
  };
}

/** The form's fields for a contact picked from the directory (copied in; they can still be changed). */
export function draftFromContact(contact: ContactPerson): Partial<InvolvementDraft> {
  return {
    contactId: contact.id,
    name: contact.name,
    role: contact.role,
    organisationId: contact.organisationId,
    organisationName: '',
    phone: contact.phone ?? '',
    email: contact.email ?? '',
  };
}

/** Contacts to pick from: the preset organisation's first, then by organisation and name. */
export function contactsToPick(
  contacts: readonly ContactPerson[],
  organisations: readonly Organisation[],
  presetOrganisationId: string | undefined,
): ContactPerson[] {
  const orgName = (id: string): string => organisations.find((o) => o.id === id)?.name ?? '';
  return [...contacts].sort(
    (a, b) =>
      Number(b.organisationId === presetOrganisationId) -
        Number(a.organisationId === presetOrganisationId) ||
      orgName(a.organisationId).localeCompare(orgName(b.organisationId), 'nl') ||
      a.name.localeCompare(b.name, 'nl'),
  );
}

export interface InvolvementTarget {
  readonly id: string;
  readonly caseId: string;
  /** Whether a new betrokkene is added (then one picked from the directory needs a contact). */
  readonly adding: boolean;
  readonly contacts: readonly ContactPerson[];
  readonly organisations: readonly Organisation[];
  /** The record's createdAt when it exists; `now` otherwise. */
  readonly createdAt: string | undefined;
  readonly now: string;
}

/**
 * The record the form describes, or the field errors (an empty set when only the schema
 * refused it). A directory contact that no longer exists is not linked; the chosen
 * organisation wins over a typed organisation name.
 */
export function involvementFromDraft(
  draft: InvolvementDraft,
  target: InvolvementTarget,
): Result<Involvement, InvolvementDraftErrors> {
  const errors: InvolvementDraftErrors = {};
  if (draft.source === 'directory' && target.adding && draft.contactId === '')
    errors.contactId = { code: 'required' };
  const name = parseRequired(draft.name);
  const role = parseRequired(draft.role);
  const organisationName = parseOptionalText(draft.organisationName, 200);
  const phone = parseOptionalPhone(draft.phone);
  const email = parseOptionalEmail(draft.email);
  const since = parseRequiredDate(draft.since);
  const absentUntil = parseOptionalDate(draft.absentUntil);
  const replacedBy = parseOptionalText(draft.replacedBy, 200);
  if (!name.ok) errors.name = { code: name.error };
  if (!role.ok) errors.role = { code: role.error };
  if (!organisationName.ok) errors.organisationName = { code: organisationName.error };
  if (!phone.ok) errors.phone = { code: phone.error };
  if (!email.ok) errors.email = { code: email.error };
  if (!since.ok) errors.since = { code: since.error };
  if (!absentUntil.ok) errors.absentUntil = { code: absentUntil.error };
  if (!replacedBy.ok) errors.replacedBy = { code: replacedBy.error };
  if (
    Object.keys(errors).length > 0 ||
    !name.ok ||
    !role.ok ||
    !organisationName.ok ||
    !phone.ok ||
    !email.ok ||
    !since.ok ||
    !absentUntil.ok ||
    !replacedBy.ok
  )
    return err(errors);
  const organisation = target.organisations.find((o) => o.id === draft.organisationId);
  const contactId =
    draft.source === 'directory' && target.contacts.some((c) => c.id === draft.contactId)
      ? draft.contactId
      : undefined;
  const orgFields =
    organisation !== undefined
      ? { organisationId: organisation.id, organisationName: organisation.name }
      : organisationName.value !== undefined
        ? { organisationName: organisationName.value }
        : {};
  const absent = draft.absent
    ? {
        absent: {
          ...(absentUntil.value === undefined ? {} : { until: absentUntil.value }),
          ...(replacedBy.value === undefined ? {} : { replacedBy: replacedBy.value }),
        },
      }
    : {};
  const parsed = involvementSchema.safeParse({
    id: target.id,
    caseId: target.caseId,
    ...(contactId === undefined ? {} : { contactId }),
    name: name.value,
    role: role.value,
    ...orgFields,
    ...(phone.value === undefined ? {} : { phone: phone.value }),
    ...(email.value === undefined ? {} : { email: email.value }),
    since: since.value,
    isRegisseur: draft.isRegisseur,
    ...absent,
    coordinationLevel: draft.level,
    createdAt: target.createdAt ?? target.now,
    updatedAt: target.now,
  });
  return parsed.success ? ok(parsed.data) : err({});
}
