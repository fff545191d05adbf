import type { FormulaError, FormulaNode, FunctionName } from './ast';

const ARITY: Readonly<Record<FunctionName, readonly [min: number, max: number, wording: string]>> = {
  abs: [1, 1, '1 argument'],
  if: [3, 3, '3 arguments (a condition, a value if true and a value if false)'],
  max: [2, Number.POSITIVE_INFINITY, 'at least 2 arguments'],
  min: [2, Number.POSITIVE_INFINITY, 'at least 2 arguments'],
  round: [1, 2, '1 or 2 arguments'],
};

/** The node for a function call, or a message naming how many arguments the function takes. */
export function callNode(
  name: FunctionName,
  args: readonly FormulaNode[],
  position: number,
): FormulaNode | FormulaError {
  const [min, max, wording] = ARITY[name];
  const node = args.length >= min && args.length <= max ? build(name, args, position) : undefined;
  return (
    node ?? { ok: false, message: `${name} takes ${wording} but got ${args.length}, at position ${position}`, position }
  );
}

// `undefined` when the arguments do not fit, which the arity check above already rules out.
function build(name: FunctionName, args: readonly FormulaNode[], position: number): FormulaNode | undefined {
  const [a, b, c] = args;
  if (a === undefined) return undefined;
  switch (name) {
    case 'abs':
      return { kind: 'abs', value: a, position };
    case 'round':
      return b === undefined ? { kind: 'round', value: a, position } : { kind: 'round', value: a, digits: b, position };
    case 'if':
      return b && c ? { kind: 'if', condition: a, whenTrue: b, whenFalse: c, position } : undefined;
    case 'min':
    case 'max':
      return b ? { kind: name, args: [a, b, ...args.slice(2)], position } : undefined;
  }
}
