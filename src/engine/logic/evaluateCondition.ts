import type { RawValue } from '../validation/types';
import type { Condition } from './conditionSchema';

/** Reads an answer; `UNDECIDED` marks one not known yet (on the same page, before JavaScript runs). */
export type Lookup = (field: string) => RawValue | typeof UNDECIDED;
export const UNDECIDED = Symbol('undecided');

/**
 * Three-valued: true, false, or undefined when an answer it needs is undecided.
 * Unanswered fields (including ones hidden by their own conditions) count as empty.
 */
export function evaluateCondition(condition: Condition, lookup: Lookup): boolean | undefined {
  if ('all' in condition)
    return combine(
      condition.all.map((c) => evaluateCondition(c, lookup)),
      true,
    );
  if ('any' in condition)
    return combine(
      condition.any.map((c) => evaluateCondition(c, lookup)),
      false,
    );
  const raw = lookup(condition.field);
  if (raw === UNDECIDED) return undefined;
  const values = asStrings(raw);
  if ('answered' in condition) return values.length > 0 === condition.answered;
  if ('equals' in condition) return values.includes(String(condition.equals));
  if ('notEquals' in condition) return !values.includes(String(condition.notEquals));
  if ('oneOf' in condition) return values.some((value) => condition.oneOf.includes(value));
  if ('contains' in condition) {
    const needle = condition.contains.toLowerCase();
    return values.some((value) => value.toLowerCase().includes(needle));
  }
  const number = values.length === 1 ? Number(values[0]) : Number.NaN;
  if (Number.isNaN(number)) return false;
  return 'greaterThan' in condition ? number > condition.greaterThan : number < condition.lessThan;
}

/** `all` is false if any part is false; `any` is true if any part is true; otherwise undecided parts win. */
function combine(parts: (boolean | undefined)[], all: boolean): boolean | undefined {
  if (parts.includes(!all)) return !all;
  return parts.includes(undefined) ? undefined : all;
}

function asStrings(raw: RawValue): string[] {
  if (raw === null || raw === undefined || raw === false) return [];
  const list = Array.isArray(raw) ? raw : [String(raw)];
  return list.map((item) => item.trim()).filter((item) => item !== '');
}
