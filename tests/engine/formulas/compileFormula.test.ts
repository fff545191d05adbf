import { describe, expect, it } from 'vitest';
import { compileFormula } from '../../../src/engine/formulas/compileFormula';
import { FORMULA_LIMITS } from '../../../src/engine/formulas/limits';

const fields = ['area', 'rooms', 'budget'];

function error(source: string, known: readonly string[] = fields) {
  const result = compileFormula(source, known);
  return result.ok ? undefined : { message: result.message, position: result.position };
}

describe('compileFormula', () => {
  it('lists the fields a formula reads, once each, in order of first use', () => {
    const result = compileFormula('budget / area + if(rooms > 2, budget, area)', fields);
    expect(result.ok && result.formula.refs).toEqual(['budget', 'area', 'rooms']);
  });

  it('names an unknown field, where it is and the fields that exist', () => {
    expect(error('area * budgte')).toEqual({
      message: 'unknown field "budgte" at position 7: fields you can use are area, rooms, budget',
      position: 7,
    });
  });

  it('says so when the form has no fields at all', () => {
    expect(error('area', [])?.message).toBe('unknown field "area" at position 0: this form has no fields to use');
  });

  it.each([
    ['(area + 1', 'expected ")" at position 9, found the end of the formula', 9],
    ['area +', 'expected a number, a field or "(" at position 6, found the end of the formula', 6],
    ['area * * 2', 'expected a number, a field or "(" at position 7, found "*"', 7],
    ['area rooms', 'expected an operator such as + or * at position 5, found "rooms"', 5],
    ['area)', 'unexpected ")" at position 4: it has no matching "("', 4],
    ['1, 2', 'unexpected "," at position 1: commas only separate the arguments of a function, like min(a, b)', 1],
    ['min(1 2)', 'expected "," or ")" at position 6, found "2"', 6],
    ['min(1,)', 'expected a number, a field or "(" at position 6, found ")"', 6],
    [')(', 'expected a number, a field or "(" at position 0, found ")"', 0],
  ])('explains the syntax error in %s', (source, message, position) => {
    expect(error(source)).toEqual({ message, position });
  });

  it.each([
    ['round(1, 2, 3)', 'round takes 1 or 2 arguments but got 3, at position 0'],
    ['round()', 'round takes 1 or 2 arguments but got 0, at position 0'],
    ['abs(1, 2)', 'abs takes 1 argument but got 2, at position 0'],
    ['min(area)', 'min takes at least 2 arguments but got 1, at position 0'],
    ['if(1, 2)', 'if takes 3 arguments (a condition, a value if true and a value if false) but got 2, at position 0'],
  ])('checks the number of arguments in %s', (source, message) => {
    expect(error(source)?.message).toBe(message);
  });

  it('names the functions that exist when a call is unknown', () => {
    expect(error('1 + sqrt(area)')).toEqual({
      message: 'unknown function "sqrt" at position 4: functions you can use are abs, if, max, min, round',
      position: 4,
    });
  });

  it('reads a function name without "(" as a field', () => {
    expect(compileFormula('round + max', ['round', 'max']).ok).toBe(true);
  });

  it('rejects chained comparisons, which would compare a 0 or 1 with the next value', () => {
    expect(error('1 < area < 10')?.message).toMatch(
      /^comparisons cannot be chained at position 9: .*if\(a > 1, a < 5, 0\)/,
    );
    expect(compileFormula('(1 < area) == (area < 10)', fields).ok).toBe(true);
  });

  it('rejects an empty formula with an example', () => {
    expect(error('  ')).toEqual({
      message: 'the formula is empty: write a calculation such as area * 12',
      position: 0,
    });
  });

  it(`accepts ${FORMULA_LIMITS.characters} characters and rejects one more`, () => {
    const source = `${' '.repeat(FORMULA_LIMITS.characters - 1)}1`;
    expect(compileFormula(source, []).ok).toBe(true);
    expect(error(`${source} `)).toEqual({
      message: 'the formula is 1001 characters long: shorten it to at most 1000',
      position: 1000,
    });
  });

  it(`accepts ${FORMULA_LIMITS.tokens} tokens and rejects one more`, () => {
    const terms = (count: number) => Array.from({ length: count }, () => '1').join('+');
    expect(compileFormula(`-${terms(250)}`, []).ok).toBe(true);
    expect(error(`${terms(251)}`)?.message).toBe(
      'the formula is too long at position 500: use at most 500 numbers, fields, operators and brackets',
    );
  });

  it(`accepts ${FORMULA_LIMITS.depth} levels of nesting and rejects one more`, () => {
    const nested = (depth: number) => `${'('.repeat(depth)}1${')'.repeat(depth)}`;
    expect(compileFormula(nested(64), []).ok).toBe(true);
    expect(error(nested(65))?.message).toBe(
      'the formula nests too deeply at position 64: use at most 64 levels of parentheses, functions, "-" and "^"',
    );
  });

  it.each([
    ['parentheses', '('.repeat(400)],
    ['unary minus', `${'-'.repeat(400)}1`],
    ['powers', `${'2^'.repeat(200)}2`],
    ['function calls', `${'abs('.repeat(150)}1${')'.repeat(150)}`],
  ])('rejects deep %s instead of overflowing the stack', (_, source) => {
    expect(error(source)?.message).toMatch(/^the formula nests too deeply at position \d+/);
  });
});
