import { describe, expect, it } from 'vitest';
import { definitionJson } from '../../../src/engine/studio/definitionJson';
import { diffDefinitions } from '../../../src/engine/studio/diffDefinitions';
import { templates } from '../../../templates';

const quote = templates.get('quote');
if (!quote) throw new Error('the quote template is missing');
const before = definitionJson(quote);
const copy = () => structuredClone(before);

describe('diffDefinitions', () => {
  it('finds nothing between a definition and its copy with keys in another order', () => {
    const shuffled = Object.fromEntries(Object.entries(copy()).reverse());
    expect(diffDefinitions(before, shuffled)).toEqual([]);
  });

  it('names a changed label by its question, and an added option by its value', () => {
    const after = copy();
    const budget = after.fields.find((field) => field.name === 'budget');
    if (!budget || !('options' in budget)) throw new Error('the quote form has no budget options');
    budget.label = 'Your budget';
    budget.options.push({ value: 'over-50k', label: 'Over $50,000' });
    const changes = diffDefinitions(before, after);
    expect(changes).toContainEqual(
      expect.objectContaining({ path: ['fields', 'budget', 'label'], kind: 'changed', after: 'Your budget' }),
    );
    expect(changes).toContainEqual(
      expect.objectContaining({ path: ['fields', 'budget', 'options', 'over-50k'], kind: 'added' }),
    );
    expect(changes.find((c) => c.kind === 'added')?.where).toBe('Question “Your budget” › Option “Over $50,000”');
    expect(changes).toHaveLength(2);
  });

  it('reports a moved question as one change of order, a removed one as removed', () => {
    const after = copy();
    const [first, ...rest] = after.fields;
    if (!first) throw new Error('no fields');
    after.fields = [...rest.slice(0, -1), first];
    const changes = diffDefinitions(before, after);
    expect(changes.filter((c) => c.kind === 'removed').map((c) => c.path)).toEqual([
      ['fields', before.fields.at(-1)?.name ?? ''],
    ]);
    expect(changes.filter((c) => c.path.at(-1) === '(order)')).toHaveLength(1);
  });

  it('shows a setting that appeared and one that went away', () => {
    const after = copy();
    after.intro = undefined;
    after.retentionDays = 90;
    const changes = diffDefinitions(before, after);
    expect(changes).toContainEqual(expect.objectContaining({ path: ['retentionDays'], kind: 'added', after: 90 }));
    expect(changes).toContainEqual(expect.objectContaining({ path: ['intro'], kind: 'removed', before: before.intro }));
  });
});
