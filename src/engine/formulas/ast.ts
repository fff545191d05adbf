/** Operators that take two operands; comparisons yield 1 when true and 0 when false. */
export type BinaryOperator = '+' | '-' | '*' | '/' | '^' | '<' | '<=' | '>' | '>=' | '==' | '!=';

/** The functions a formula may call. */
export const FUNCTION_NAMES = ['abs', 'if', 'max', 'min', 'round'] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

/**
 * One node of a parsed formula. `position` is the 0-based offset in the source of the
 * number, field, operator or function name, so run-time messages can point at it.
 */
export type FormulaNode =
  | { readonly kind: 'number'; readonly value: number; readonly position: number }
  | { readonly kind: 'field'; readonly name: string; readonly position: number }
  | { readonly kind: 'negate'; readonly operand: FormulaNode; readonly position: number }
  | {
      readonly kind: 'binary';
      readonly operator: BinaryOperator;
      readonly left: FormulaNode;
      readonly right: FormulaNode;
      readonly position: number;
    }
  | { readonly kind: 'abs'; readonly value: FormulaNode; readonly position: number }
  | {
      readonly kind: 'round';
      readonly value: FormulaNode;
      readonly digits?: FormulaNode;
      readonly position: number;
    }
  | {
      readonly kind: 'if';
      readonly condition: FormulaNode;
      readonly whenTrue: FormulaNode;
      readonly whenFalse: FormulaNode;
      readonly position: number;
    }
  | {
      readonly kind: 'min' | 'max';
      readonly args: readonly [FormulaNode, FormulaNode, ...FormulaNode[]];
      readonly position: number;
    };

/** A checked formula: its tree and the fields it reads, each once, in order of first use. */
export interface Formula {
  readonly ast: FormulaNode;
  readonly refs: string[];
}

/** Why a formula was rejected, and where: `position` is the 0-based offset in the source. */
export interface FormulaError {
  readonly ok: false;
  readonly message: string;
  readonly position: number;
}
