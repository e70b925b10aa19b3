// Runs in: any environment.
//
// Canonical JSON for what goes inside a shared file, and the structural limits checked on
// what comes out of one before any schema sees it: decrypted content is attacker-chosen
// (anyone with a deelsleutel or the passphrase can write a file), so prototype-pollution keys,
// huge strings, huge arrays and deep nesting are refused up front.

/** Structural limits on decrypted content. */
export interface ContentLimits {
  /** Longest string (in UTF-16 code units), keys included. */
  readonly maxStringLength: number;
  /** Longest array, and most keys in one object. */
  readonly maxArrayLength: number;
  /** Deepest nesting of arrays and objects. */
  readonly maxDepth: number;
}

/** Defaults: generous for agendas and minutes, small enough to render safely. */
export const DEFAULT_CONTENT_LIMITS: ContentLimits = {
  maxStringLength: 20_000,
  maxArrayLength: 2_000,
  maxDepth: 16,
};

/** Keys refused anywhere in decrypted content. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/**
 * JSON with object keys sorted (by UTF-16 code units) at every level and no whitespace, so the
 * same value always gives the same bytes. Throws TypeError for values JSON cannot represent
 * faithfully (undefined, functions, non-finite numbers, bigint) – a programming error.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string')
    return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('Non-finite number in shared content.');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v: unknown) => canonicalJson(v)).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new TypeError(`Cannot encode a ${typeof value} in shared content.`);
}

/**
 * Checks parsed JSON against the limits and the forbidden keys. Returns a short English reason
 * for the first problem found, or null when the value is acceptable. Iterative, so hostile
 * nesting cannot overflow the stack.
 */
export function contentProblem(
  value: unknown,
  limits: ContentLimits = DEFAULT_CONTENT_LIMITS,
): string | null {
  const stack: { v: unknown; depth: number }[] = [{ v: value, depth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    const { v, depth } = item;
    if (typeof v === 'string') {
      if (v.length > limits.maxStringLength) return 'string too long';
    } else if (Array.isArray(v)) {
      if (depth >= limits.maxDepth) return 'nested too deeply';
      if (v.length > limits.maxArrayLength) return 'array too long';
      for (const child of v as unknown[]) stack.push({ v: child, depth: depth + 1 });
    } else if (typeof v === 'object' && v !== null) {
      if (depth >= limits.maxDepth) return 'nested too deeply';
      const keys = Object.keys(v);
      if (keys.length > limits.maxArrayLength) return 'too many keys';
      for (const key of keys) {
        if (FORBIDDEN_KEYS.has(key)) return 'forbidden key';
        if (key.length > limits.maxStringLength) return 'string too long';
        stack.push({ v: (v as Record<string, unknown>)[key], depth: depth + 1 });
      }
    }
  }
  return null;
}
