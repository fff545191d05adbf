import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFormula } from '../../../src/engine/formulas/compileFormula';
import { evaluateFormula } from '../../../src/engine/formulas/evaluateFormula';

const KNOWN = ['area', 'rooms', 'constructor', 'min', 'if'];

// Pieces of formulas, near-formulas and hostile input, so random joins reach deep into the parser.
const FRAGMENTS = [
  ...KNOWN,
  ...['__proto__', 'toString', 'hasOwnProperty', 'process.exit(1)', ')(', 'eval', 'this', 'NaN', 'Infinity'],
  ...['(', ')', ',', '+', '-', '*', '/', '^', '<', '<=', '>', '>=', '==', '!=', '=', '!', '.', 'e', 'E'],
  ...['0', '1', '2.5', '1e3', '1e308', '1e-400', '1e999', '9'.repeat(400), 'max', 'round', 'abs'],
  ...[' ', '\n', '\u00a0', '💥', '\ud800', '\u0000', 'ä', '×'],
];

const EXTREMES = [
  'constructor',
  '__proto__',
  'process.exit(1)',
  ')(',
  '1e309',
  '9'.repeat(1200),
  '('.repeat(900),
  `${'-'.repeat(499)}1`,
  `${'2^'.repeat(249)}2`,
  `${'if(1,'.repeat(100)}1${',0)'.repeat(100)}`,
  Array.from({ length: 300 }, () => 'area').join('/'),
];

// Only tokens the language has, spaced so names do not merge: most joins compile and get evaluated.
const TOKENS = [
  ...KNOWN,
  'max',
  'round',
  'abs',
  '(',
  ')',
  ',',
  '+',
  '-',
  '*',
  '/',
  '^',
  '<',
  '==',
  '0',
  '1',
  '2.5',
  '1e308',
];

const source = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: fc.constantFrom(...FRAGMENTS), maxLength: 60 }),
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }).map((tokens) => tokens.join(' ')),
  fc.constantFrom(...EXTREMES),
);

const answer = fc.oneof(fc.double(), fc.integer({ min: -3, max: 3 }), fc.constant(undefined));
const values = fc.record(Object.fromEntries(KNOWN.map((name) => [name, answer])), { requiredKeys: [] });

describe('compileFormula and evaluateFormula on arbitrary input', () => {
  it('never throw, and fail with a message and a position inside the source', () => {
    fc.assert(
      fc.property(source, values, (text, answers) => {
        const compiled = compileFormula(text, KNOWN);
        if (!compiled.ok) {
          expect(compiled.message).toMatch(/\S/);
          expect(Number.isInteger(compiled.position)).toBe(true);
          expect(compiled.position).toBeGreaterThanOrEqual(0);
          expect(compiled.position).toBeLessThanOrEqual(text.length);
          return;
        }
        const result = evaluateFormula(compiled.formula, answers);
        if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
        else expect(result.message).toMatch(/\S/);
      }),
      { numRuns: 3000 },
    );
  });

  it.each(EXTREMES)('handles %s without throwing', (text) => {
    const compiled = compileFormula(text, KNOWN);
    expect(() => compiled.ok && evaluateFormula(compiled.formula, { area: 2 })).not.toThrow();
  });
});
