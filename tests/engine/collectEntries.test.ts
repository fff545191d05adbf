import { describe, expect, it } from 'vitest';
import { collectEntries } from '../../src/engine/validation/collectEntries';

describe('collectEntries', () => {
  it('keeps single values as strings and repeated names as lists', () => {
    const form = new FormData();
    form.append('name', 'Ada');
    form.append('topics', 'seo');
    form.append('topics', 'ads');
    form.append('topics', 'web');
    expect(collectEntries(form)).toEqual({ name: 'Ada', topics: ['seo', 'ads', 'web'] });
  });

  it('skips uploaded files', () => {
    const form = new FormData();
    form.append('cv', new Blob(['pdf']), 'cv.pdf');
    expect(collectEntries(form)).toEqual({});
  });
});
