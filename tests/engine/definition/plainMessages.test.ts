import { describe, expect, it } from 'vitest';
import { checkForm } from '../../../src/engine/definition/checkForm';

describe('problems in an imported definition, as an owner reads them', () => {
  it('names an unknown setting, a missing one and a wrong type plainly, with where they are', () => {
    const checked = checkForm({
      slug: 'plain',
      title: 'Plain',
      fields: [
        { kind: 'email', name: 'email', label: 'Email', showWhen: { field: 'x' } },
        { kind: 'text', name: 'name' },
        { kind: 'number', name: 'size', label: 'Size', min: 'three' },
      ],
      thankYou: { title: 'Thanks', body: '' },
    });
    expect(checked.ok ? [] : checked.problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
      'field "email" (showWhen): "showWhen" is not a setting here: remove it, or check its spelling',
      'field "name" (label): "label" is missing: it is required here',
      'field "size" (min): expected number here, not "three"',
    ]);
  });
});
