// Runs in: any environment.
//
// Leefgebieden (life domains) tag cases and plan goals (brief §4). The list is configurable
// per school; these are the defaults from the wijkteam practice. Ids are stored in records,
// so they never change once shipped; labels are what people read and may be renamed.
import { z } from 'zod';
import { requiredText } from './fields';

/** Leefgebied ids: lowercase words with hyphens; custom ones too. */
export const leefgebiedIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .max(60);
export type LeefgebiedId = z.infer<typeof leefgebiedIdSchema>;

export const leefgebiedSchema = z
  .object({
    id: leefgebiedIdSchema,
    /** Dutch label as the school calls it. */
    label: requiredText(100),
    /** Hidden from pickers but kept, so cases already tagged with it still show its label. */
    archived: z.boolean().optional(),
  })
  .strict();
export type Leefgebied = z.infer<typeof leefgebiedSchema>;

/** The default list from the brief, in the order the wijkteams use it. */
export const DEFAULT_LEEFGEBIEDEN: readonly Leefgebied[] = [
  { id: 'wonen', label: 'Wonen' },
  { id: 'financien-en-schulden', label: 'Financiën en schulden' },
  { id: 'werk-en-participatie', label: 'Werk en participatie' },
  { id: 'gezondheid', label: 'Gezondheid (lichamelijk en psychisch)' },
  { id: 'welzijn-en-sociaal-netwerk', label: 'Welzijn en sociaal netwerk' },
  { id: 'onderwijs', label: 'Onderwijs' },
  { id: 'opvoeding-en-gezin', label: 'Opvoeding en gezin' },
  { id: 'vrije-tijd', label: 'Vrije tijd' },
  { id: 'zorg-en-hulpverlening', label: 'Zorg en hulpverlening' },
  { id: 'veiligheid-en-justitie', label: 'Veiligheid en justitie' },
];

/** A configured list: at least one entry, ids unique. */
export const leefgebiedListSchema = z
  .array(leefgebiedSchema)
  .min(1)
  .max(100)
  .refine((list) => new Set(list.map((l) => l.id)).size === list.length, {
    message: 'leefgebied ids must be unique',
  });

/** The entries a picker offers (not archived), in configured order. */
export function activeLeefgebieden(list: readonly Leefgebied[]): Leefgebied[] {
  return list.filter((l) => l.archived !== true);
}

/** The label for an id, or undefined when the id is not (or no longer) in the list. */
export function leefgebiedLabel(list: readonly Leefgebied[], id: LeefgebiedId): string | undefined {
  return list.find((l) => l.id === id)?.label;
}
