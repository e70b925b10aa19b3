// Runs in: renderer.
//
// Who sent a file: the directory contact whose stored deelsleutel is the file's sender key.
import type { ContactPerson, Organisation } from '../../../shared/domain/directory';
import { parseDeelsleutel } from '../../../shared/sharing/identity';

/** Canonical deelsleutel texts of every contact that has a valid one. */
export function knownDeelsleutels(contacts: readonly ContactPerson[]): string[] {
  return contacts.flatMap((c) => {
    if (c.deelsleutel === undefined) return [];
    const parsed = parseDeelsleutel(c.deelsleutel);
    return parsed.ok ? [parsed.value.text] : [];
  });
}

/** The contact (and organisation name) with this deelsleutel, if any. */
export function senderContact(
  deelsleutel: string,
  contacts: readonly ContactPerson[],
  organisations: readonly Organisation[],
): { readonly contact: ContactPerson; readonly organisation: string } | undefined {
  const contact = contacts.find((c) => {
    if (c.deelsleutel === undefined) return false;
    const parsed = parseDeelsleutel(c.deelsleutel);
    return parsed.ok && parsed.value.text === deelsleutel;
  });
  if (contact === undefined) return undefined;
  return {
    contact,
    organisation: organisations.find((o) => o.id === contact.organisationId)?.name ?? '',
  };
}
