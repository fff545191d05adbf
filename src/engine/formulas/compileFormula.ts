import type { Formula, FormulaError, FormulaNode } from './ast';
import { FORMULA_LIMITS } from './limits';
import { parseFormula } from './parseFormula';

/**
 * Checks a calculated field's formula against the form's other fields and returns its tree
 * and the fields it reads. Every message says what is wrong, where (0-based `position`)
 * and what to write instead, so it can be shown to the form's author as it stands.
 */
export function compileFormula(
  source: string,
  knownFields: readonly string[],
): { ok: true; formula: Formula } | FormulaError {
  const limit = FORMULA_LIMITS.characters;
  if (source.length > limit) {
    const message = `the formula is ${source.length} characters long: shorten it to at most ${limit}`;
    return { ok: false, message, position: limit };
  }
  if (source.trim() === '') {
    return { ok: false, message: 'the formula is empty: write a calculation such as area * 12', position: 0 };
  }
  const parsed = parseFormula(source);
  if (!parsed.ok) return parsed;
  const known = new Set(knownFields);
  const refs: string[] = [];
  const unknown = collectFields(parsed.ast, known, refs);
  if (unknown !== undefined) {
    const fields =
      knownFields.length > 0 ? `fields you can use are ${knownFields.join(', ')}` : 'this form has no fields to use';
    const message = `unknown field "${unknown.name}" at position ${unknown.position}: ${fields}`;
    return { ok: false, message, position: unknown.position };
  }
  return { ok: true, formula: { ast: parsed.ast, refs } };
}

type FieldNode = Extract<FormulaNode, { kind: 'field' }>;

/** Adds each known field to `refs` once, in source order; returns the first unknown one. */
function collectFields(node: FormulaNode, known: ReadonlySet<string>, refs: string[]): FieldNode | undefined {
  switch (node.kind) {
    case 'number':
      return undefined;
    case 'field':
      if (!known.has(node.name)) return node;
      if (!refs.includes(node.name)) refs.push(node.name);
      return undefined;
    case 'negate':
      return collectFields(node.operand, known, refs);
    case 'abs':
      return collectFields(node.value, known, refs);
    case 'binary':
      return collectFirst([node.left, node.right], known, refs);
    case 'round':
      return collectFirst(node.digits ? [node.value, node.digits] : [node.value], known, refs);
    case 'if':
      return collectFirst([node.condition, node.whenTrue, node.whenFalse], known, refs);
    case 'min':
    case 'max':
      return collectFirst(node.args, known, refs);
  }
}

function collectFirst(
  nodes: readonly FormulaNode[],
  known: ReadonlySet<string>,
  refs: string[],
): FieldNode | undefined {
  for (const node of nodes) {
    const unknown = collectFields(node, known, refs);
    if (unknown !== undefined) return unknown;
  }
  return undefined;
}
