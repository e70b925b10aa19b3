// Runs in: any environment.
//
// The sociale kaart: organisations around the school (ondersteuningsteam, wijkteams, GGD/JGZ,
// leerplicht, SMW, …) and their contact persons, kept once and reused across cases. Teams
// record which municipalities and postcode areas they serve, because a referral goes to the
// team of the family's home, not the school's (brief §6).
import { z } from 'zod';
import { defineRecordType } from '../records/registry';
import { compareIsoDates, isoDateSchema, timestampSchema, type IsoDate } from './dates';
import { emailSchema, phoneSchema, recordIdSchema, requiredText } from './fields';
import { postcodeAreaSchema } from './postcode';

export const ORGANISATION_KINDS = [
  'ondersteuningsteam',
  'wijkteam',
  'ggd-jgz',
  'leerplicht',
  'smw',
  'samenwerkingsverband',
  'veilig-thuis',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** An inclusive range of four-digit postcode areas, e.g. 7500 to 7547 for Enschede. */
export const postcodeRangeSchema = z
  .object({ from: postcodeAreaSchema, to: postcodeAreaSchema })
  .strict()
  .refine((r) => r.from <= r.to, { message: 'from must not be after to' });
export type PostcodeRange = z.infer<typeof postcodeRangeSchema>;

export const organisationSchema = z
  .object({
    id: recordIdSchema,
    name: requiredText(200),
    kind: z.enum(ORGANISATION_KINDS),
    /** Municipalities (gemeenten) the organisation serves; empty when not area-bound. */
    municipalities: z.array(requiredText(100)).max(100),
    /** Postcode areas it serves; empty when it serves whole municipalities. */
    postcodeRanges: z.array(postcodeRangeSchema).max(200),
    phone: phoneSchema.optional(),
    email: emailSchema.optional(),
    address: requiredText(300).optional(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .strict();
export type Organisation = z.infer<typeof organisationSchema>;

export const contactPersonSchema = z
  .object({
    id: recordIdSchema,
    organisationId: recordIdSchema,
    name: requiredText(200),
    /** Role as the organisation calls it: "wijkcoach", "jeugdverpleegkundige", "OT-medewerker". */
    role: requiredText(200),
    phone: phoneSchema.optional(),
    email: emailSchema.optional(),
    /**
     * The person's public key text for encrypted meeting files (a later issue). Stored as
     * given; its format is checked where it is used.
     */
    deelsleutel: z.string().trim().min(1).max(2000).optional(),
    /** Away (leave, illness) up to and including this date. */
    absentUntil: isoDateSchema.optional(),
    /** Contact id of who takes over while this person is away. */
    replacedBy: recordIdSchema.optional(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .strict()
  .refine((c) => c.replacedBy !== c.id, {
    message: 'a contact cannot replace itself',
    path: ['replacedBy'],
  });
export type ContactPerson = z.infer<typeof contactPersonSchema>;

export const organisationRecordType = defineRecordType({
  type: 'directory.organisation',
  version: 1,
  schema: organisationSchema,
  migrations: {},
  searchText: (o) => [o.name, ...o.municipalities],
});

export const contactPersonRecordType = defineRecordType({
  type: 'directory.contact',
  version: 1,
  schema: contactPersonSchema,
  migrations: {},
  searchText: (c) => [c.name, c.role],
  parentOf: (c) => c.organisationId,
});

/** True when the contact is away on `onDate` (absentUntil is inclusive). */
export function isAbsentOn(contact: Pick<ContactPerson, 'absentUntil'>, onDate: IsoDate): boolean {
  return contact.absentUntil !== undefined && compareIsoDates(onDate, contact.absentUntil) <= 0;
}

/**
 * Who to reach on `onDate` for `contact`: the contact itself, or, while away, its
 * replacement (followed along a chain of absences). Returns the last person reachable in the
 * chain; stops at a missing replacement or a cycle rather than looping.
 */
export function reachableContact(
  contact: ContactPerson,
  contacts: readonly ContactPerson[],
  onDate: IsoDate,
): ContactPerson {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const seen = new Set<string>([contact.id]);
  let current = contact;
  while (isAbsentOn(current, onDate) && current.replacedBy !== undefined) {
    const next = byId.get(current.replacedBy);
    if (next === undefined || seen.has(next.id)) break;
    seen.add(next.id);
    current = next;
  }
  return current;
}
