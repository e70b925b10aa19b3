// Runs in: Node (Vitest).
//
// No silent truncation (issue 12, point 8): a paste that does not fit a field's limit is
// recognised (so the guard can refuse it and say why); one that fits is left alone.
import { describe, expect, it } from 'vitest';
import { pasteOverflow } from '../../../renderer/src/components/pasteLimit';

const field = (value: string, maxLength: number, selection?: readonly [number, number]) => ({
  value,
  maxLength,
  selectionStart: selection?.[0] ?? value.length,
  selectionEnd: selection?.[1] ?? value.length,
});

describe('paste limit', () => {
  it('recognises a 39,000-character paste into an empty 20,000 field, with the numbers for the message', () => {
    expect(pasteOverflow(field('', 20_000), 'x'.repeat(39_000))).toEqual({
      pasted: 39_000,
      room: 20_000,
      max: 20_000,
    });
  });

  it('counts the text that stays: what is selected is replaced', () => {
    expect(pasteOverflow(field('abcdef', 10), 'ghijk')).toEqual({ pasted: 5, room: 4, max: 10 });
    expect(pasteOverflow(field('abcdef', 10, [0, 6]), 'ghijklmnop')).toBeUndefined();
    expect(pasteOverflow(field('abcdef', 10, [2, 4]), 'ghijkl')).toBeUndefined();
  });

  it('leaves a paste that fits and a field without a limit alone', () => {
    expect(pasteOverflow(field('Zoë', 20_000), 'café')).toBeUndefined();
    expect(pasteOverflow(field('Zoë', -1), 'x'.repeat(100_000))).toBeUndefined();
  });
});
