// Runs in: Node (Vitest).
//
// The glossary (docs/glossary.md) is enforced: every backticked synonym in its column "niet"
// is absent from the Dutch messages and from the texts of the documents, and every due date
// reads "uiterlijk <datum>" (never "vóór", which reads as the day before, nor "klaar op").
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nlMessages } from '../../../renderer/src/i18n/messages';

const ROOT = join(__dirname, '..', '..', '..');

/** The backticked words in the glossary table's third column ("niet"). */
function bannedSynonyms(): string[] {
  const glossary = readFileSync(join(ROOT, 'docs', 'glossary.md'), 'utf8');
  return glossary
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .flatMap((line) => [...(line.split('|')[3] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]))
    .filter((word): word is string => word !== undefined);
}

/** A whole-word, any-case match: "wachtwoord" does not match inside "wachtwoordzin". */
function wordPattern(word: string): RegExp {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'iu');
}

function* messageTexts(messages: unknown, path: string): Generator<[string, string]> {
  if (typeof messages === 'string') yield [path, messages];
  else if (typeof messages === 'object' && messages !== null)
    for (const [key, value] of Object.entries(messages))
      yield* messageTexts(value, path === '' ? key : `${path}.${key}`);
}

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (path.endsWith('.ts')) yield path;
  }
}

/** A document's source without its (English) comments: what is left is code and Dutch text. */
function documentTexts(): [string, string][] {
  return [...sourceFiles(join(ROOT, 'shared', 'documents'))].map((path) => [
    path.slice(ROOT.length + 1),
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line))
      .join('\n'),
  ]);
}

const TEXTS: [string, string][] = [...messageTexts(nlMessages, 'nl'), ...documentTexts()];

describe('glossary', () => {
  it('lists banned synonyms, among them the ones the issue found', () => {
    expect(bannedSynonyms()).toEqual(
      expect.arrayContaining(['wachtzin', 'wachtwoord', 'klaar op', 'vóór {{due}}']),
    );
  });

  it('finds no banned synonym in the Dutch messages or the documents', () => {
    const found = bannedSynonyms().flatMap((word) =>
      TEXTS.filter(([, text]) => wordPattern(word).test(text)).map(
        ([where]) => `${word}: ${where}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it('writes every due date as "uiterlijk <datum>"', () => {
    const due = /(\S+\s+)?(\{\{due\}\}|\$\{dateOrDash\(a\.dueDate\)\})/giu;
    const wrong = TEXTS.flatMap(([where, text]) =>
      [...text.matchAll(due)]
        .filter((m) => !/^uiterlijk\s+$/iu.test(m[1] ?? ''))
        .map((m) => `${where}: ${m[0]}`),
    );
    expect(wrong).toEqual([]);
    expect(TEXTS.filter(([, text]) => due.test(text)).length).toBeGreaterThan(3);
  });

  it('lets the referral letter tell the recipient what to do, not where to look it up', () => {
    const letter = TEXTS.find(([where]) => where.endsWith('referralLetter.ts'))?.[1] ?? '';
    expect(letter).not.toMatch(/Zorgtafel-documentatie/);
    expect(letter).toMatch(/Bel de school/);
  });
});
