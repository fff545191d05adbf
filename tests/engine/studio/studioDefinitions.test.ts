import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { checkForm } from '../../../src/engine/definition/checkForm';
import { defineForm } from '../../../src/engine/definition/defineForm';
import type { FormInput } from '../../../src/engine/definition/formSchema';
import { blankForm } from '../../../src/engine/studio/blankForm';
import { definitionJson } from '../../../src/engine/studio/definitionJson';
import { formAsTypeScript } from '../../../src/engine/studio/formAsTypeScript';
import { templates } from '../../../templates';

const each = [...templates.values()].map((form) => [form.slug, form] as const);

/** Runs an exported templates/<slug>.ts file as the build would, with the real defineForm. */
function runExport(source: string) {
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS } }).outputText;
  const exports: Record<string, unknown> = {};
  const require = (path: string) => {
    if (path !== '../src/engine/definition/defineForm') throw new Error(`unexpected import ${path}`);
    return { defineForm };
  };
  new Function('exports', 'require', js)(exports, require);
  return Object.values(exports)[0];
}

describe('studio definitions', () => {
  it.each(each)('%s: JSON → definition → JSON is unchanged, version included', (_, template) => {
    const json = definitionJson(template);
    const checked = checkForm(JSON.parse(JSON.stringify(json)));
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    expect(definitionJson(checked.form)).toEqual(json);
    expect(checked.form.version).toBe(template.version);
  });

  it.each(each)('%s: exported as templates/<slug>.ts, it builds to the same definition', (_, template) => {
    expect(runExport(formAsTypeScript(definitionJson(template)))).toEqual(template);
  });

  it('exports quotes, backslashes and line breaks in wording intact', () => {
    const tricky: FormInput = {
      ...blankForm('tricky', 'It\'s "quoted" \\ and\nbroken'),
      intro: "Don't — 100 % \u2028",
    };
    expect(definitionJson(runExport(formAsTypeScript(tricky)) as never)).toEqual(definitionJson(defineForm(tricky)));
  });

  it('starts a blank form that passes every check, in English and German', () => {
    for (const locale of ['en', 'de'] as const)
      expect(checkForm(blankForm('new-form', 'New form', locale)).ok).toBe(true);
  });
});

// Broken definitions as an owner might leave them, one mistake each.
const base = definitionJson(templates.get('quote') ?? defineForm(blankForm('x', 'x')));
const broken: [string, unknown][] = [
  ['no fields', { ...base, fields: [] }],
  ['a field without a label', { ...base, fields: [{ ...base.fields[0], label: '' }, ...base.fields.slice(1)] }],
  ['two fields with one name', { ...base, fields: [...base.fields, { ...base.fields[0] }] }],
  [
    'a condition on a later field',
    { ...base, fields: [{ ...base.fields[0], showIf: { field: 'email', answered: true } }, ...base.fields.slice(1)] },
  ],
  [
    'a scoring rule on an unknown field',
    { ...base, scoring: { rules: [{ when: { field: 'nope', equals: 'x' }, points: 5 }], hot: 10, warm: 5 } },
  ],
  ['hot below warm', { ...base, scoring: { ...base.scoring, hot: 5, warm: 10 } }],
  [
    'a webhook with a pasted secret',
    { ...base, webhooks: [{ id: 'crm', url: 'https://crm.example.com/', secret: 'whsec_abc' }] },
  ],
  ['a webhook to a private address', { ...base, webhooks: [{ id: 'crm', url: 'http://10.0.0.1/hook' }] }],
  [
    'a formula over an unknown field',
    { ...base, calculations: [{ name: 'total', label: 'Total', formula: 'area * 2', format: { style: 'decimal' } }] },
  ],
  ['a bad brand colour', { ...base, theme: { brand: 'blue' } }],
  ['an unknown key', { ...base, colour: 'red' }],
  ['a step listing an unknown field', { ...base, steps: [{ id: 'one', title: 'One', fields: ['nope'] }] }],
];

describe('the studio and the build agree', () => {
  it.each(broken)('on %s: both refuse it with the same problems', (_, definition) => {
    const studio = checkForm(definition);
    expect(studio.ok).toBe(false);
    if (studio.ok) return;
    expect(studio.problems.length).toBeGreaterThan(0);
    let built: string | undefined;
    try {
      defineForm(definition as FormInput);
    } catch (error) {
      built = String(error);
    }
    expect(built).toBeDefined();
    for (const problem of studio.problems) expect(built).toContain(`${problem.where}: ${problem.message}`);
  });

  it.each(each)('on %s as it is: both accept it', (_, template) => {
    expect(checkForm(definitionJson(template)).ok).toBe(true);
    expect(() => defineForm(definitionJson(template))).not.toThrow();
  });
});
