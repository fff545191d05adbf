import type { BinaryOperator, FormulaError } from './ast';
import { FORMULA_LIMITS } from './limits';

export type Token =
  | { readonly kind: 'number'; readonly value: number; readonly text: string; readonly position: number }
  | { readonly kind: 'name'; readonly text: string; readonly position: number }
  | { readonly kind: 'operator'; readonly text: BinaryOperator; readonly position: number }
  | { readonly kind: '(' | ')' | ','; readonly text: string; readonly position: number };

// Two-character operators come first so "<=" is not read as "<" then "=".
const OPERATORS: readonly BinaryOperator[] = ['<=', '>=', '==', '!=', '+', '-', '*', '/', '^', '<', '>'];
const NUMBER = /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_][A-Za-z0-9_]*/y;
const FIELD_NAME = /^[a-z][a-z0-9_]*$/;
const SPACE = /\s/;
const WORD_CHAR = /[A-Za-z0-9_]/;

// Characters authors paste from documents or other languages, and what to type instead.
const HINTS = new Map([
  ['=', 'write "==" to compare'],
  ['!', 'write "!=" for "not equal"'],
  ['&', 'combine conditions with if(...), like if(a > 1, b > 2, 0)'],
  ['|', 'combine conditions with if(...), like if(a > 1, 1, b > 2)'],
  ['×', 'write "*" to multiply'],
  ['÷', 'write "/" to divide'],
  ['−', 'write "-" to subtract'],
  ['–', 'write "-" to subtract'],
  ['≤', 'write "<="'],
  ['≥', 'write ">="'],
  ['≠', 'write "!="'],
  ['.', 'write numbers like 0.5, with a digit before the "."'],
]);

/**
 * Splits a formula into numbers, field names, operators, parentheses and commas.
 * Rejects characters the language does not use, numbers too large to represent and
 * formulas with more than `FORMULA_LIMITS.tokens` tokens.
 */
export function tokenize(source: string): { ok: true; tokens: Token[] } | FormulaError {
  const tokens: Token[] = [];
  let at = 0;
  while (at < source.length) {
    const char = source.charAt(at);
    if (SPACE.test(char)) {
      at++;
      continue;
    }
    if (tokens.length === FORMULA_LIMITS.tokens) {
      const message = `the formula is too long at position ${at}: use at most ${FORMULA_LIMITS.tokens} numbers, fields, operators and brackets`;
      return { ok: false, message, position: at };
    }
    const token = readToken(source, at);
    if (!('kind' in token)) return token;
    tokens.push(token);
    at += token.text.length;
  }
  return { ok: true, tokens };
}

function readToken(source: string, at: number): Token | FormulaError {
  const char = source.charAt(at);
  const number = match(NUMBER, source, at);
  if (number !== undefined) return readNumber(source, number, at);
  const word = match(WORD, source, at);
  if (word !== undefined) {
    if (FIELD_NAME.test(word)) return { kind: 'name', text: word, position: at };
    const message = `"${word}" at position ${at} is not a field name: field names use lower-case letters, digits and "_", and start with a letter`;
    return { ok: false, message, position: at };
  }
  const operator = OPERATORS.find((op) => source.startsWith(op, at));
  if (operator !== undefined) return { kind: 'operator', text: operator, position: at };
  if (char === '(' || char === ')' || char === ',') return { kind: char, text: char, position: at };
  const shown = show(source, at);
  const hint = HINTS.get(shown) ?? 'formulas use numbers, field names, + - * / ^, comparisons, parentheses and commas';
  return { ok: false, message: `unexpected ${quote(shown)} at position ${at}: ${hint}`, position: at };
}

function readNumber(source: string, text: string, at: number): Token | FormulaError {
  const after = source.charAt(at + text.length);
  if (after === '.' || after === 'e' || after === 'E') {
    const message = `malformed number at position ${at}: write numbers like 12, 0.5 or 1e3`;
    return { ok: false, message, position: at };
  }
  if (WORD_CHAR.test(after)) {
    const word = match(WORD, source, at + text.length) ?? after;
    const message = `the number at position ${at} runs into "${word}": put an operator between them, like ${text} * ${word}`;
    return { ok: false, message, position: at };
  }
  const value = Number(text);
  if (!Number.isFinite(value)) {
    return { ok: false, message: `the number at position ${at} is too large to calculate with`, position: at };
  }
  return { kind: 'number', value, text, position: at };
}

function match(pattern: RegExp, source: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(source)?.[0];
}

/** The whole character at `at`, so an emoji is shown as itself rather than half a surrogate pair. */
function show(source: string, at: number): string {
  return String.fromCodePoint(source.codePointAt(at) ?? 0);
}

function quote(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const invisible = code < 0x20 || code === 0x7f || (code >= 0xd800 && code <= 0xdfff);
  return invisible ? `character U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `"${char}"`;
}
