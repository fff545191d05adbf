import type { BinaryOperator, Formula, FormulaNode } from './ast';
import { roundTo } from './roundTo';

export type Evaluation = { ok: true; value: number } | { ok: false; message: string };
export type FormulaValues = Readonly<Record<string, number | undefined>>;

const MAX_DIGITS = 15;

/**
 * Computes a compiled formula from the visitor's answers. Never throws for a formula from
 * `compileFormula`: a missing answer, a division by zero or a result too large for a number
 * is a value with a message. Only the chosen branch of `if` is computed.
 */
export function evaluateFormula(formula: Formula, values: FormulaValues): Evaluation {
  const result = evaluate(formula.ast, values);
  // -0 would be shown as "-0".
  return result.ok && result.value === 0 ? { ok: true, value: 0 } : result;
}

function evaluate(node: FormulaNode, values: FormulaValues): Evaluation {
  switch (node.kind) {
    case 'number':
      return { ok: true, value: node.value };
    case 'field':
      return answer(node.name, values);
    case 'negate':
      return map(evaluate(node.operand, values), (x) => -x);
    case 'abs':
      return map(evaluate(node.value, values), Math.abs);
    case 'binary': {
      const left = evaluate(node.left, values);
      if (!left.ok) return left;
      const right = evaluate(node.right, values);
      if (!right.ok) return right;
      return binary(node.operator, left.value, right.value, node.position);
    }
    case 'if': {
      const condition = evaluate(node.condition, values);
      if (!condition.ok) return condition;
      return evaluate(condition.value !== 0 ? node.whenTrue : node.whenFalse, values);
    }
    case 'round': {
      const value = evaluate(node.value, values);
      if (!value.ok) return value;
      const digits = node.digits ? evaluate(node.digits, values) : ({ ok: true, value: 0 } as const);
      if (!digits.ok) return digits;
      if (!Number.isInteger(digits.value) || Math.abs(digits.value) > MAX_DIGITS) {
        const message = `round at position ${node.position} needs a whole number of digits from -${MAX_DIGITS} to ${MAX_DIGITS}, got ${digits.value}`;
        return { ok: false, message };
      }
      return finite(roundTo(value.value, digits.value), node.position);
    }
    case 'min':
    case 'max': {
      const results: number[] = [];
      for (const arg of node.args) {
        const result = evaluate(arg, values);
        if (!result.ok) return result;
        results.push(result.value);
      }
      return { ok: true, value: node.kind === 'min' ? Math.min(...results) : Math.max(...results) };
    }
  }
}

function answer(name: string, values: FormulaValues): Evaluation {
  // Own keys only: a field named "constructor" must not pick up Object.prototype.constructor.
  const value = Object.hasOwn(values, name) ? values[name] : undefined;
  if (value === undefined) return { ok: false, message: `needs an answer to "${name}"` };
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return { ok: false, message: `the answer to "${name}" is not a number that can be calculated with` };
  }
  return { ok: true, value };
}

function binary(operator: BinaryOperator, x: number, y: number, position: number): Evaluation {
  switch (operator) {
    case '+':
      return finite(x + y, position);
    case '-':
      return finite(x - y, position);
    case '*':
      return finite(x * y, position);
    case '/':
      if (y === 0) {
        const message = `division by zero at position ${position}: guard the divisor with if(...), like if(b == 0, 0, a / b)`;
        return { ok: false, message };
      }
      return finite(x / y, position);
    case '^': {
      const power = x ** y;
      if (Number.isNaN(power)) {
        const message = `no result for "^" at position ${position}: a negative number cannot be raised to a fractional power`;
        return { ok: false, message };
      }
      return finite(power, position);
    }
    case '<':
      return { ok: true, value: x < y ? 1 : 0 };
    case '<=':
      return { ok: true, value: x <= y ? 1 : 0 };
    case '>':
      return { ok: true, value: x > y ? 1 : 0 };
    case '>=':
      return { ok: true, value: x >= y ? 1 : 0 };
    case '==':
      return { ok: true, value: x === y ? 1 : 0 };
    case '!=':
      return { ok: true, value: x !== y ? 1 : 0 };
  }
}

function finite(value: number, position: number): Evaluation {
  if (Number.isNaN(value)) return { ok: false, message: `no defined result at position ${position}` };
  if (!Number.isFinite(value)) return { ok: false, message: `the result at position ${position} is too large` };
  return { ok: true, value };
}

function map(result: Evaluation, f: (x: number) => number): Evaluation {
  return result.ok ? { ok: true, value: f(result.value) } : result;
}
