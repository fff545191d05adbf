import { describe, expect, it } from 'vitest';
import { formVersion } from '../../src/engine/definition/formVersion';

describe('formVersion', () => {
  it('does not depend on the order of keys', () => {
    expect(formVersion({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(formVersion({ b: [1, { d: 3, c: 2 }], a: 1 }));
  });

  it('changes when any wording changes', () => {
    expect(formVersion({ label: 'Email' })).not.toBe(formVersion({ label: 'E-mail' }));
  });

  it('changes when the order of fields changes', () => {
    expect(formVersion([{ name: 'a' }, { name: 'b' }])).not.toBe(formVersion([{ name: 'b' }, { name: 'a' }]));
  });
});
