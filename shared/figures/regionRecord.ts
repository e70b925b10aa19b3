// Runs in: any environment.
//
// The samenwerkingsverband's side of the figures (issue 17, point 4; docs/figures.md "Region"):
// one record per school figures file the SWV coordinator imported. It holds exactly what the
// verified file held (published, already suppressed figures; no personal data) plus when it
// was imported, and is stored encrypted like every record.
import { z } from 'zod';
import { isoDateSchema } from '../domain/dates';
import { recordIdSchema } from '../domain/fields';
import { defineRecordType } from '../records/registry';
import { publishedFiguresSchema } from './model';

export const schoolFiguresSchema = z
  .object({
    id: recordIdSchema,
    school: z.string().trim().min(1).max(200),
    /** The school's municipality when its file carried one (figures file version 2). */
    municipality: z.string().trim().min(1).max(100).optional(),
    /** The deelsleutel that signed the file: a later file of this school must carry the same. */
    deelsleutel: z.string().min(1).max(300),
    /** The file's own date: a newer file of the same school and year may replace this one. */
    createdOn: isoDateSchema,
    importedOn: isoDateSchema,
    current: publishedFiguresSchema,
    previous: publishedFiguresSchema,
  })
  .strict();
export type SchoolFigures = z.infer<typeof schoolFiguresSchema>;

export const schoolFiguresRecordType = defineRecordType({
  type: 'swv.school-figures',
  version: 1,
  schema: schoolFiguresSchema,
  migrations: {},
});

export const FIGURES_RECORD_TYPES = [schoolFiguresRecordType] as const;
