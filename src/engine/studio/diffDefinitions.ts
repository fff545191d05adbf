import { canonicalJson } from '../definition/formVersion';

/** One difference between two versions of a definition, where it is in words and what it was and is. */
export interface Change {
  /** The path into the definition, e.g. ['fields', 'budget', 'label'] (list items by name or id). */
  path: string[];
  /** Where, as the owner reads it: "Question “Budget” › label". */
  where: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

// Items of these lists are matched by their own key, so moving a question is one change, not many.
const ITEM_KEYS: Record<string, string> = {
  fields: 'name',
  steps: 'id',
  calculations: 'name',
  outcomes: 'id',
  categories: 'id',
  webhooks: 'id',
  options: 'value',
};

const NAMES: Record<string, string> = {
  fields: 'Question',
  steps: 'Step',
  calculations: 'Calculation',
  outcomes: 'Outcome',
  categories: 'Category',
  webhooks: 'Webhook',
  options: 'Option',
};

/**
 * The field-level differences between two definitions (JSON as the studio stores them): each
 * question, step, calculation, outcome, webhook and option compared by its name or id, each setting
 * by its key; a list that changed only its order says so once.
 */
export function diffDefinitions(before: unknown, after: unknown): Change[] {
  const changes: Change[] = [];
  walk(before, after, [], [], changes);
  return changes;
}

function walk(a: unknown, b: unknown, path: string[], words: string[], out: Change[], listKey?: string): void {
  if (same(a, b)) return;
  const where = words.join(' › ') || 'Form';
  if (a === undefined) return void out.push({ path, where, kind: 'added', after: b });
  if (b === undefined) return void out.push({ path, where, kind: 'removed', before: a });
  const key = listKey ? ITEM_KEYS[listKey] : undefined;
  if (Array.isArray(a) && Array.isArray(b) && key && keyed(a, key) && keyed(b, key)) {
    const byKey = (list: unknown[]) =>
      new Map(list.map((item) => [String((item as Record<string, unknown>)[key]), item]));
    const left = byKey(a);
    const right = byKey(b);
    // "Question “Budget”" says which list it is in; the list's own key would only repeat it.
    const outer = words.slice(0, -1);
    for (const id of new Set([...left.keys(), ...right.keys()])) {
      const item = (right.get(id) ?? left.get(id)) as Record<string, unknown>;
      const label = typeof item.label === 'string' ? item.label : typeof item.title === 'string' ? item.title : id;
      walk(left.get(id), right.get(id), [...path, id], [...outer, `${NAMES[listKey ?? ''] ?? 'Item'} “${label}”`], out);
    }
    const order = (list: unknown[]) => list.map((item) => String((item as Record<string, unknown>)[key]));
    const kept = order(a).filter((id) => right.has(id));
    const now = order(b).filter((id) => left.has(id));
    if (!same(kept, now))
      out.push({ path: [...path, '(order)'], where: `${where} › order`, kind: 'changed', before: kept, after: now });
    return;
  }
  if (isObject(a) && isObject(b)) {
    for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
      walk(a[field], b[field], [...path, field], [...words, field], out, field);
    }
    return;
  }
  out.push({ path, where, kind: 'changed', before: a, after: b });
}

function keyed(list: unknown[], key: string): boolean {
  const ids = list.map((item) => (isObject(item) ? item[key] : undefined));
  return ids.every((id) => typeof id === 'string') && new Set(ids).size === ids.length;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
