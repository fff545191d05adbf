import { describe, expect, it } from 'vitest';
import { compileFormula } from '../../../src/engine/formulas/compileFormula';
import { evaluateFormula } from '../../../src/engine/formulas/evaluateFormula';
import { calc } from './calc';

describe('evaluateFormula', () => {
  it.each([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 - 4 - 3', 3],
    ['24 / 4 / 2', 3],
    ['2 ^ 3 ^ 2', 512],
    ['-2 ^ 2', -4],
    ['(-2) ^ 2', 4],
    ['2 ^ -1', 0.5],
    ['-2 * 3', -6],
    ['--3', 3],
    ['2 * 3 ^ 2', 18],
    ['1 + 2 < 4', 1],
    ['12', 12],
    ['0.5', 0.5],
    ['1e3', 1000],
    ['2.5E-1', 0.25],
  ])('computes %s as %d', (source, expected) => {
    expect(calc(source)).toBe(expected);
  });

  it('treats ^ as right-associative', () => {
    expect(calc('2 ^ 3 ^ 2')).toBe(calc('2 ^ (3 ^ 2)'));
    expect(calc('2 ^ 3 ^ 2')).not.toBe(calc('(2 ^ 3) ^ 2'));
  });

  it('lets ^ bind tighter than a unary minus on its left', () => {
    expect(calc('-2^2')).toBe(-4);
  });

  it.each([
    ['2 < 3', 1],
    ['3 < 3', 0],
    ['3 <= 3', 1],
    ['4 > 3', 1],
    ['3 >= 4', 0],
    ['0.5 == 1 / 2', 1],
    ['1 != 1', 0],
    ['(1 < 2) + (2 < 3) + (3 < 1)', 2],
  ])('gives 1 or 0 for the comparison %s', (source, expected) => {
    expect(calc(source)).toBe(expected);
  });

  it.each([
    ['min(4, 2, 8)', 2],
    ['max(4, 2, 8)', 8],
    ['abs(-3.5)', 3.5],
    ['round(2.5)', 3],
    ['round(-2.5)', -3],
    ['round(1.005, 2)', 1.01],
    ['round(1234, -2)', 1200],
    ['if(1, 5, 6)', 5],
    ['if(0, 5, 6)', 6],
    ['if(-0.1, 5, 6)', 5],
  ])('computes the function call %s as %d', (source, expected) => {
    expect(calc(source)).toBe(expected);
  });

  it('computes only the branch of if that was chosen', () => {
    expect(calc('if(1, 5, 1/0)')).toBe(5);
    expect(calc('if(0, missing, 7)', { missing: undefined })).toBe(7);
  });

  it('reads field values by name', () => {
    expect(calc('area * rate + fee', { area: 40, rate: 12.5, fee: 100 })).toBe(600);
  });

  it('names the field that still needs an answer', () => {
    const compiled = compileFormula('area * 2', ['area']);
    expect(compiled.ok && evaluateFormula(compiled.formula, {})).toEqual({
      ok: false,
      message: 'needs an answer to "area"',
    });
  });

  it('refuses a field value that is not a finite number', () => {
    expect(calc('area + 1', { area: Number.NaN })).toMatch(/answer to "area" is not a number/);
    expect(calc('area + 1', { area: Number.POSITIVE_INFINITY })).toMatch(/answer to "area" is not a number/);
  });

  it('reports division by zero with its position and a fix', () => {
    expect(calc('area / rooms', { area: 50, rooms: 0 })).toBe(
      'division by zero at position 5: guard the divisor with if(...), like if(b == 0, 0, a / b)',
    );
  });

  it('reports results too large for a number instead of Infinity', () => {
    expect(calc('10 ^ 400')).toBe('the result at position 3 is too large');
    expect(calc('1e308 * 10 - 1e308 * 10')).toMatch(/too large/);
  });

  it('reports a negative number raised to a fractional power', () => {
    expect(calc('(-8) ^ 0.5')).toMatch(/^no result for "\^" at position 5: a negative number/);
  });

  it('rejects a number of digits for round that is not whole or too large', () => {
    expect(calc('round(1.25, 0.5)')).toMatch(/round at position 0 needs a whole number of digits/);
    expect(calc('round(1.25, 16)')).toMatch(/from -15 to 15, got 16/);
  });

  it('gives 0 rather than -0', () => {
    expect(Object.is(calc('-0'), 0)).toBe(true);
    expect(Object.is(calc('round(-0.2)'), 0)).toBe(true);
  });
});
