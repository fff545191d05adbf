import * as v from 'valibot';

const FIELD_NAME = /^[a-z][a-z0-9_]{0,47}$/;

const option = v.object({
  value: v.pipe(v.string(), v.minLength(1, 'an option needs a non-empty value')),
  label: v.pipe(v.string(), v.minLength(1, 'an option needs a label')),
});

const options = v.pipe(
  v.array(option),
  v.minLength(1, 'add at least one option'),
  v.check((list) => new Set(list.map((o) => o.value)).size === list.length, 'option values must be unique'),
);

const base = {
  name: v.pipe(v.string(), v.regex(FIELD_NAME, 'use lower-case letters, digits and "_" and start with a letter')),
  label: v.pipe(v.string(), v.minLength(1, 'give the field a label')),
  help: v.optional(v.string()),
  required: v.optional(v.boolean(), false),
  placeholder: v.optional(v.string()),
};

const textBounds = {
  minLength: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  maxLength: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
};

export const textField = v.object({
  ...base,
  kind: v.literal('text'),
  ...textBounds,
  pattern: v.optional(v.string()),
  patternMessage: v.optional(v.string()),
  autocomplete: v.optional(v.string()),
});

export const textareaField = v.object({ ...base, kind: v.literal('textarea'), ...textBounds });

export const emailField = v.object({ ...base, kind: v.literal('email') });

export const telField = v.object({ ...base, kind: v.literal('tel') });

export const selectField = v.object({ ...base, kind: v.literal('select'), options });

export const radioField = v.object({ ...base, kind: v.literal('radio'), options });

export const consentField = v.object({
  ...base,
  kind: v.literal('consent'),
  /** The exact wording the visitor agrees to; stored leads refer to it by version. */
  text: v.pipe(v.string(), v.minLength(1, 'write the consent text')),
  version: v.pipe(v.string(), v.minLength(1, 'give the consent text a version')),
});

export const fieldSchema = v.variant('kind', [
  textField,
  textareaField,
  emailField,
  telField,
  selectField,
  radioField,
  consentField,
]);

export type Field = v.InferOutput<typeof fieldSchema>;
export type FieldKind = Field['kind'];
export type FieldOption = v.InferOutput<typeof option>;
