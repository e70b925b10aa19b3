// Runs in: Node or Chromium (test tooling).
//
// Looking into zod schemas, for tests that go over the record registry (which record types
// can refer to a case).
import { z } from 'zod';
import { APP_RECORD_TYPES } from '../../shared/records/catalog';

/** Whether a zod schema has a field called `key` anywhere (objects, arrays, optionals, records, unions). */
export function hasField(schema: unknown, key: string, seen = new Set<unknown>()): boolean {
  if (seen.has(schema)) return false;
  seen.add(schema);
  if (schema instanceof z.ZodObject) {
    const shape: Record<string, unknown> = schema.shape;
    return Object.hasOwn(shape, key) || Object.values(shape).some((s) => hasField(s, key, seen));
  }
  if (schema instanceof z.ZodArray) return hasField(schema.element, key, seen);
  if (
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodNullable ||
    schema instanceof z.ZodDefault
  )
    return hasField(schema.unwrap(), key, seen);
  if (schema instanceof z.ZodRecord) return hasField(schema.valueType, key, seen);
  if (schema instanceof z.ZodUnion)
    return schema.options.some((s: unknown) => hasField(s, key, seen));
  return false;
}

/** The record types that hang under a case: they declare a parent and hold a `caseId` (from the registry, not a list). */
export function recordTypesUnderACase(): string[] {
  return APP_RECORD_TYPES.filter(
    (d) => d.parentOf !== undefined && d.type !== 'case' && hasField(d.schema, 'caseId'),
  ).map((d) => d.type);
}
