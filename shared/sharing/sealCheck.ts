// Runs in: any environment.
//
// "Seal only what opens": the schema and limits the opener applies to a file's content, and
// the sender's check of the exact content against them before anything is sealed or written.
// Anonymising can make a text longer ("Leerling B" for "Jo"), so content that was valid in
// the vault can still be refused by every receiver; the sender is told which field is too
// long and by how much instead.
import { z } from 'zod';
import { referralAnswerSchema } from '../referrals/answer';
import { referralPackageSchema } from '../referrals/package';
import type { ShareKind } from './container';
import { contentProblem, DEFAULT_CONTENT_LIMITS, type ContentLimits } from './content';
import { sharedMeetingContentSchema } from './meetingContent';
import { replyContentSchema } from './reply';

/** What openers of meeting and reply files validate the decrypted content with. */
export const SHARED_FILE_CONTENT_SCHEMA = z.union([sharedMeetingContentSchema, replyContentSchema]);

/**
 * What the one opener validates any file's content with (the kind is known only after
 * decryption, from the signed header; the opener then checks the content matches it).
 */
export const OPENER_CONTENT_SCHEMA = z.union([
  SHARED_FILE_CONTENT_SCHEMA,
  referralPackageSchema,
  referralAnswerSchema,
]);

/** The schema the opener of a file of `kind` validates its content with. */
export function contentSchemaOf(kind: ShareKind): z.ZodType {
  switch (kind) {
    case 'meeting-agenda':
    case 'meeting-minutes':
    case 'reply':
      return SHARED_FILE_CONTENT_SCHEMA;
    case 'referral':
      return referralPackageSchema;
    case 'referral-answer':
      return referralAnswerSchema;
    default: {
      const never: never = kind;
      throw new Error(`unknown share kind ${String(never)}`);
    }
  }
}

export type SealPathPart = string | number;

/** Why content would not open: a text too long (by how much), or any other schema failure. */
export type SealProblem =
  | {
      readonly code: 'too-long';
      readonly path: readonly SealPathPart[];
      readonly length: number;
      readonly max: number;
    }
  | { readonly code: 'invalid'; readonly path: readonly SealPathPart[] };

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const part of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

const pathOf = (path: readonly PropertyKey[]): SealPathPart[] =>
  path.map((p) => (typeof p === 'number' ? p : String(p)));

/** The issues of a failed parse, with a union's alternatives replaced by its closest branch. */
function flatIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): { issue: z.core.$ZodIssue; path: PropertyKey[] }[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const closest = issue.errors.reduce((best, branch) =>
        branch.length < best.length ? branch : best,
      );
      return flatIssues(closest, path);
    }
    return [{ issue, path }];
  });
}

/** Every string longer than the limits allow, with its path (the opener refuses any). */
function overLimit(value: unknown, max: number, path: PropertyKey[] = []): SealProblem[] {
  if (typeof value === 'string')
    return value.length > max
      ? [{ code: 'too-long', path: pathOf(path), length: value.length, max }]
      : [];
  if (Array.isArray(value))
    return value.flatMap((v: unknown, i) => overLimit(v, max, [...path, i]));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => overLimit(v, max, [...path, k]));
  return [];
}

/**
 * What would make the opener refuse `content` (schema and structural limits), empty when
 * it opens. Texts too long are reported with their length and the maximum.
 */
export function sealProblems(
  content: unknown,
  schema: z.ZodType = SHARED_FILE_CONTENT_SCHEMA,
  limits: ContentLimits = DEFAULT_CONTENT_LIMITS,
): SealProblem[] {
  const problems: SealProblem[] = [];
  if (contentProblem(content, limits) !== null)
    problems.push(...overLimit(content, limits.maxStringLength));
  const parsed = schema.safeParse(content);
  if (!parsed.success) {
    for (const { issue, path } of flatIssues(parsed.error.issues)) {
      const value = valueAt(content, path);
      if (issue.code === 'too_big' && issue.origin === 'string' && typeof value === 'string') {
        problems.push({
          code: 'too-long',
          path: pathOf(path),
          length: value.length,
          max: Number(issue.maximum),
        });
      } else {
        problems.push({ code: 'invalid', path: pathOf(path) });
      }
    }
  }
  // The same field may be over both the schema maximum and the structural limit: report it once, at the tighter maximum.
  const seen = new Map<string, SealProblem>();
  for (const p of problems) {
    const key = p.path.join('.');
    const before = seen.get(key);
    if (
      before === undefined ||
      (p.code === 'too-long' && before.code === 'too-long' && p.max < before.max)
    )
      seen.set(key, p);
  }
  return [...seen.values()];
}
