import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFormula } from '../../../src/engine/formulas/compileFormula';
import { evaluateFormula } from '../../../src/engine/formulas/evaluateFormula';

// Names that a lookup like `values[name]` or `functions[name]` would find on the prototype chain.
const KEYS = [
  ...new Set([
    ...Object.getOwnPropertyNames(Object.prototype),
    ...Object.getOwnPropertyNames(Function.prototype),
    ...Object.getOwnPropertyNames(Array.prototype),
  ]),
];
const FIELD_NAME = /^[a-z][a-z0-9_]*$/;
const USES = [
  (k: string) => k,
  (k: string) => `${k} * 2`,
  (k: string) => `if(1, ${k}, 0)`,
  (k: string) => `max(1, ${k})`,
];

describe('identifiers that are keys of plain objects', () => {
  it('are never fields or functions unless the form declares them', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KEYS), fc.constantFrom(...USES), (key, use) => {
        expect(compileFormula(use(key), []).ok).toBe(false);
        expect(compileFormula(`${key}(1)`, [key]).ok).toBe(false);
      }),
    );
  });

  it('need an answer of their own when the form declares them, even if an inherited one exists', () => {
    const declarable = KEYS.filter((key) => FIELD_NAME.test(key));
    fc.assert(
      fc.property(fc.constantFrom(...declarable), fc.constantFrom(...USES), (key, use) => {
        const compiled = compileFormula(use(key), [key]);
        expect(compiled.ok).toBe(true);
        if (!compiled.ok) return;
        const message = `needs an answer to "${key}"`;
        expect(evaluateFormula(compiled.formula, {})).toEqual({ ok: false, message });
        expect(evaluateFormula(compiled.formula, Object.create({ [key]: 5 }))).toEqual({ ok: false, message });
        expect(evaluateFormula(compiled.formula, { [key]: 3 })).toMatchObject({ ok: true });
      }),
    );
  });

  it('reports "constructor" as an unknown field', () => {
    expect(compileFormula('constructor', [])).toEqual({
      ok: false,
      message: 'unknown field "constructor" at position 0: this form has no fields to use',
      position: 0,
    });
  });

  it('asks for an answer to a declared field named "constructor" instead of reading a function', () => {
    const compiled = compileFormula('constructor', ['constructor']);
    expect(compiled.ok && evaluateFormula(compiled.formula, {})).toEqual({
      ok: false,
      message: 'needs an answer to "constructor"',
    });
  });

  it.each(['__proto__', 'toString', 'hasOwnProperty'])('rejects %s as not a field name', (key) => {
    const compiled = compileFormula(key, [key]);
    expect(compiled.ok ? undefined : compiled.message).toMatch(/is not a field name/);
  });
});
