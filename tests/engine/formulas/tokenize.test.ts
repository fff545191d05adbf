import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/formulas/tokenize';

function message(source: string) {
  const result = tokenize(source);
  return result.ok ? undefined : result.message;
}

describe('tokenize', () => {
  it('reads two-character comparisons as one operator', () => {
    const result = tokenize('a<=b!=c');
    expect(result.ok && result.tokens.map((t) => t.text)).toEqual(['a', '<=', 'b', '!=', 'c']);
  });

  it('keeps the position of every token', () => {
    const result = tokenize(' area *  2');
    expect(result.ok && result.tokens.map((t) => t.position)).toEqual([1, 6, 9]);
  });

  it.each([
    ['a = 1', 'unexpected "=" at position 2: write "==" to compare'],
    ['a × 2', 'unexpected "×" at position 2: write "*" to multiply'],
    ['.5', 'unexpected "." at position 0: write numbers like 0.5, with a digit before the "."'],
    ['1.', 'malformed number at position 0: write numbers like 12, 0.5 or 1e3'],
    ['1.2.3', 'malformed number at position 0: write numbers like 12, 0.5 or 1e3'],
    ['1e', 'malformed number at position 0: write numbers like 12, 0.5 or 1e3'],
    ['2area', 'the number at position 0 runs into "area": put an operator between them, like 2 * area'],
    ['1e999', 'the number at position 0 is too large to calculate with'],
    [
      'Area',
      '"Area" at position 0 is not a field name: field names use lower-case letters, digits and "_", and start with a letter',
    ],
    [
      '1 + 💥',
      'unexpected "💥" at position 4: formulas use numbers, field names, + - * / ^, comparisons, parentheses and commas',
    ],
    [
      '1\u0000',
      'unexpected character U+0000 at position 1: formulas use numbers, field names, + - * / ^, comparisons, parentheses and commas',
    ],
  ])('explains what is wrong with %j', (source, expected) => {
    expect(message(source)).toBe(expected);
  });

  it('shows a lone surrogate as a code point instead of a broken character', () => {
    expect(message('\ud800')).toMatch(/^unexpected character U\+D800 at position 0/);
  });
});
