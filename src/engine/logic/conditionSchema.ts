import * as v from 'valibot';

const scalar = v.union([v.string(), v.number(), v.boolean()]);
const field = v.pipe(v.string(), v.minLength(1, 'name the field this condition looks at'));

export type LeafCondition =
  | { field: string; equals: string | number | boolean }
  | { field: string; notEquals: string | number | boolean }
  | { field: string; oneOf: string[] }
  | { field: string; greaterThan: number }
  | { field: string; lessThan: number }
  | { field: string; contains: string }
  | { field: string; answered: boolean };

/** A rule over earlier answers; `all` and `any` combine rules. */
export type Condition = LeafCondition | { all: Condition[] } | { any: Condition[] };

const leaf = v.union(
  [
    v.strictObject({ field, equals: scalar }),
    v.strictObject({ field, notEquals: scalar }),
    v.strictObject({ field, oneOf: v.pipe(v.array(v.string()), v.minLength(1, 'list at least one value')) }),
    v.strictObject({ field, greaterThan: v.number() }),
    v.strictObject({ field, lessThan: v.number() }),
    v.strictObject({ field, contains: v.string() }),
    v.strictObject({ field, answered: v.boolean() }),
  ],
  'write a condition like { field: "budget", equals: "high" } (or notEquals, oneOf, greaterThan, lessThan, contains, answered)',
);

export const conditionSchema: v.GenericSchema<Condition> = v.union(
  [
    leaf,
    v.strictObject({ all: v.array(v.lazy(() => conditionSchema)) }),
    v.strictObject({ any: v.array(v.lazy(() => conditionSchema)) }),
  ],
  'write a condition like { field: "budget", equals: "high" }, or combine conditions with { all: [...] } or { any: [...] }',
);
