import type { BinaryOperator } from '../../../src/engine/formulas/ast';

export const FIELDS = ['a', 'b', 'c'] as const;
export type Field = (typeof FIELDS)[number];
export type Env = Partial<Record<Field, number>>;
export type Tree =
  | { kind: 'number'; value: number }
  | { kind: 'field'; name: Field }
  | { kind: 'negate'; operand: Tree }
  | { kind: 'binary'; operator: BinaryOperator; left: Tree; right: Tree }
  | { kind: 'call'; name: 'abs' | 'round' | 'if' | 'min' | 'max'; args: Tree[] };

// The grammar's precedence, stated independently of the parser: higher binds tighter.
export const LEVEL: Record<BinaryOperator, number> = {
  ...{ '<': 1, '<=': 1, '>': 1, '>=': 1, '==': 1, '!=': 1 },
  ...{ '+': 2, '-': 2, '*': 3, '/': 3, '^': 5 },
};
const NEGATE = 4;
const ATOM = 6;

/** Source text for a tree, with only the parentheses the precedence rules need. */
export function printTree(tree: Tree): string {
  return print(tree).text;
}

function print(t: Tree): { text: string; level: number } {
  const wrap = (p: { text: string; level: number }, parens: boolean) => (parens ? `(${p.text})` : p.text);
  switch (t.kind) {
    case 'number':
      return { text: String(t.value), level: ATOM };
    case 'field':
      return { text: t.name, level: ATOM };
    case 'negate': {
      const operand = print(t.operand);
      return { text: `-${wrap(operand, operand.level < NEGATE)}`, level: NEGATE };
    }
    case 'binary': {
      const level = LEVEL[t.operator];
      const [left, right] = [print(t.left), print(t.right)];
      const [leftParens, rightParens] =
        t.operator === '^'
          ? [left.level <= level, right.level < NEGATE]
          : level === 1
            ? [left.level <= level, right.level <= level]
            : [left.level < level, right.level <= level];
      return { text: `${wrap(left, leftParens)} ${t.operator} ${wrap(right, rightParens)}`, level };
    }
    case 'call':
      return { text: `${t.name}(${t.args.map((arg) => print(arg).text).join(', ')})`, level: ATOM };
  }
}
