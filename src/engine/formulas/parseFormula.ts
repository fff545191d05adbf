import { type BinaryOperator, type FormulaError, type FormulaNode, FUNCTION_NAMES } from './ast';
import { callNode } from './callNode';
import { FORMULA_LIMITS } from './limits';
import { type Token, tokenize } from './tokenize';

type Parsed = FormulaNode | FormulaError;

const COMPARISON = 1;
// Pratt binding powers [left, right]: a higher left power binds tighter; right < left makes "^" right-associative.
const INFIX: Readonly<Record<BinaryOperator, readonly [number, number]>> = {
  '<': [COMPARISON, 2],
  '<=': [COMPARISON, 2],
  '>': [COMPARISON, 2],
  '>=': [COMPARISON, 2],
  '==': [COMPARISON, 2],
  '!=': [COMPARISON, 2],
  '+': [3, 4],
  '-': [3, 4],
  '*': [5, 6],
  '/': [5, 6],
  '^': [9, 8],
};
// Below "^" and above "*", so -2^2 is -(2^2) and -2*3 is (-2)*3.
const NEGATE = 7;

/** Parses formula source into a tree; field names are not checked here (see `compileFormula`). */
export function parseFormula(source: string): { ok: true; ast: FormulaNode } | FormulaError {
  const lexed = tokenize(source);
  if (!lexed.ok) return lexed;
  const tokens = lexed.tokens;
  const end = { kind: 'end', text: '', position: source.length } as const;
  let index = 0;
  const peek = (): Token | typeof end => tokens[index] ?? end;
  const next = (): Token | typeof end => tokens[index++] ?? end;

  function expression(minPower: number, depth: number): Parsed {
    let left = prefix(depth);
    let compared = false;
    for (let token = peek(); !isError(left) && token.kind === 'operator'; token = peek()) {
      const [leftPower, rightPower] = INFIX[token.text];
      if (leftPower < minPower) break;
      const comparison = leftPower === COMPARISON;
      if (comparison && compared) {
        const message = `comparisons cannot be chained at position ${token.position}: compare two values at a time, or check a range with if(...), like if(a > 1, a < 5, 0)`;
        return fail(message, token.position);
      }
      index++;
      const inner = token.text === '^' ? depth + 1 : depth;
      if (inner > FORMULA_LIMITS.depth) return tooDeep(token.position);
      const right = expression(rightPower, inner);
      if (isError(right)) return right;
      left = { kind: 'binary', operator: token.text, left, right, position: token.position };
      compared ||= comparison;
    }
    return left;
  }

  function prefix(depth: number): Parsed {
    const token = next();
    if (token.kind === 'number') return { kind: 'number', value: token.value, position: token.position };
    if (token.kind === 'name' && peek().kind === '(') return call(token.text, token.position, depth);
    if (token.kind === 'name') return { kind: 'field', name: token.text, position: token.position };
    const nested = token.kind === '(' || (token.kind === 'operator' && token.text === '-');
    if (nested && depth + 1 > FORMULA_LIMITS.depth) return tooDeep(token.position);
    if (token.kind === 'operator' && token.text === '-') {
      const operand = expression(NEGATE, depth + 1);
      return isError(operand) ? operand : { kind: 'negate', operand, position: token.position };
    }
    if (token.kind === '(') {
      const inner = expression(0, depth + 1);
      if (isError(inner)) return inner;
      const close = next();
      return close.kind === ')'
        ? inner
        : fail(`expected ")" at position ${close.position}, found ${describe(close)}`, close.position);
    }
    return fail(
      `expected a number, a field or "(" at position ${token.position}, found ${describe(token)}`,
      token.position,
    );
  }

  function call(name: string, position: number, depth: number): Parsed {
    const known = FUNCTION_NAMES.find((f) => f === name);
    if (known === undefined) {
      const message = `unknown function "${name}" at position ${position}: functions you can use are ${FUNCTION_NAMES.join(', ')}`;
      return fail(message, position);
    }
    if (depth + 1 > FORMULA_LIMITS.depth) return tooDeep(position);
    index++;
    const args: FormulaNode[] = [];
    if (peek().kind === ')') index++;
    else {
      for (;;) {
        const arg = expression(0, depth + 1);
        if (isError(arg)) return arg;
        args.push(arg);
        const token = next();
        if (token.kind === ')') break;
        if (token.kind !== ',') {
          return fail(`expected "," or ")" at position ${token.position}, found ${describe(token)}`, token.position);
        }
      }
    }
    return callNode(known, args, position);
  }

  const ast = expression(0, 0);
  if (isError(ast)) return ast;
  const rest = peek();
  if (rest.kind === 'end') return { ok: true, ast };
  if (rest.kind === ')')
    return fail(`unexpected ")" at position ${rest.position}: it has no matching "("`, rest.position);
  if (rest.kind === ',') {
    const message = `unexpected "," at position ${rest.position}: commas only separate the arguments of a function, like min(a, b)`;
    return fail(message, rest.position);
  }
  return fail(
    `expected an operator such as + or * at position ${rest.position}, found ${describe(rest)}`,
    rest.position,
  );
}

function isError(parsed: Parsed): parsed is FormulaError {
  return 'ok' in parsed;
}

function fail(message: string, position: number): FormulaError {
  return { ok: false, message, position };
}

function tooDeep(position: number): FormulaError {
  const message = `the formula nests too deeply at position ${position}: use at most ${FORMULA_LIMITS.depth} levels of parentheses, functions, "-" and "^"`;
  return fail(message, position);
}

function describe(token: Token | { readonly kind: 'end' }): string {
  return token.kind === 'end' ? 'the end of the formula' : `"${token.text}"`;
}
