import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BinaryOperator } from '../../../src/engine/formulas/ast';
import { compileFormula } from '../../../src/engine/formulas/compileFormula';
import { evaluateFormula } from '../../../src/engine/formulas/evaluateFormula';
import { type Env, FIELDS, type Field, LEVEL, printTree, type Tree } from './printTree';

const number = fc.oneof(
  fc.integer({ min: 0, max: 20 }),
  fc.constantFrom(0.5, 0.25, 1e3, 1e-7, 1e21, 1e308),
  fc.double({ min: 0, max: 1e6, noNaN: true }).map(Math.abs),
);
const leaf = fc.oneof(
  number.map((value): Tree => ({ kind: 'number', value })),
  fc.constantFrom(...FIELDS).map((name): Tree => ({ kind: 'field', name })),
);
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { maxDepth: 5, depthIdentifier: 'tree' },
    leaf,
    tie('tree').map((operand): Tree => ({ kind: 'negate', operand })),
    fc
      .tuple(fc.constantFrom(...(Object.keys(LEVEL) as BinaryOperator[])), tie('tree'), tie('tree'))
      .map(([operator, left, right]): Tree => ({ kind: 'binary', operator, left, right })),
    tie('tree').map((x): Tree => ({ kind: 'call', name: 'abs', args: [x] })),
    fc
      .tuple(tie('tree'), fc.boolean())
      .map(
        ([x, zero]): Tree => ({ kind: 'call', name: 'round', args: zero ? [x, { kind: 'number', value: 0 }] : [x] }),
      ),
    fc.array(tie('tree'), { minLength: 3, maxLength: 3 }).map((args): Tree => ({ kind: 'call', name: 'if', args })),
    fc
      .tuple(fc.constantFrom('min' as const, 'max' as const), fc.array(tie('tree'), { minLength: 2, maxLength: 3 }))
      .map(([name, args]): Tree => ({ kind: 'call', name, args })),
  ),
}));
const env = fc.record(
  Object.fromEntries(
    FIELDS.map((f) => [f, fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }))]),
  ),
  { requiredKeys: [] },
);

/** The value computed directly on the tree, or `undefined` where the engine must refuse. */
function reference(t: Tree, values: Env): number | undefined {
  const finite = (x: number) => (Number.isFinite(x) ? x : undefined);
  const all = (trees: Tree[]) => trees.map((x) => reference(x, values));
  switch (t.kind) {
    case 'number':
      return t.value;
    case 'field':
      return values[t.name];
    case 'negate': {
      const x = reference(t.operand, values);
      return x === undefined ? undefined : -x;
    }
    case 'binary': {
      const [x, y] = all([t.left, t.right]);
      if (x === undefined || y === undefined || (t.operator === '/' && y === 0)) return undefined;
      return finite(apply(t.operator, x, y));
    }
    case 'call': {
      const [first, second, third] = t.args;
      if (first === undefined) throw new Error('a call needs arguments');
      if (t.name === 'if') {
        const condition = reference(first, values);
        const branch = condition !== 0 ? second : third;
        return condition === undefined || branch === undefined ? undefined : reference(branch, values);
      }
      const xs = all(t.args);
      const ns = xs.filter((x) => x !== undefined);
      if (ns.length < xs.length) return undefined;
      const x = ns[0] ?? 0;
      if (t.name === 'abs') return Math.abs(x);
      if (t.name === 'round') return Math.sign(x) * Math.round(Math.abs(x));
      return t.name === 'min' ? Math.min(...ns) : Math.max(...ns);
    }
  }
}

function apply(operator: BinaryOperator, x: number, y: number): number {
  const table: Record<BinaryOperator, () => number> = {
    ...{ '+': () => x + y, '-': () => x - y, '*': () => x * y, '/': () => x / y, '^': () => x ** y },
    ...{ '<': () => +(x < y), '<=': () => +(x <= y), '>': () => +(x > y), '>=': () => +(x >= y) },
    ...{ '==': () => +(x === y), '!=': () => +(x !== y) },
  };
  return table[operator]();
}

function fieldsInOrder(t: Tree): Field[] {
  if (t.kind === 'field') return [t.name];
  if (t.kind === 'number') return [];
  const children = t.kind === 'negate' ? [t.operand] : t.kind === 'binary' ? [t.left, t.right] : t.args;
  return [...new Set(children.flatMap(fieldsInOrder))];
}

describe('compiled formulas against a reference computed on the tree', () => {
  it('agree on the value, or both refuse, for random expression trees', () => {
    fc.assert(
      fc.property(tree, env, (t, values) => {
        const source = printTree(t);
        const compiled = compileFormula(source, FIELDS);
        fc.pre(compiled.ok || !/is too long|characters long/.test(compiled.message));
        if (!compiled.ok) throw new Error(`${source}: ${compiled.message}`);
        expect(compiled.formula.refs).toEqual(fieldsInOrder(t));
        const expected = reference(t, values);
        const result = evaluateFormula(compiled.formula, values);
        if (expected === undefined) {
          expect(result.ok).toBe(false);
          return;
        }
        if (!result.ok) throw new Error(`${source} with ${JSON.stringify(values)}: ${result.message}`);
        const tolerance = 1e-9 * Math.max(1, Math.abs(expected));
        expect(Math.abs(result.value - expected)).toBeLessThanOrEqual(tolerance);
      }),
      { numRuns: 2000 },
    );
  });
});
