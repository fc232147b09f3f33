import { describe, expect, it } from 'vitest';
import { effectiveSort, sortChoices } from '../../renderer/src/components/search/sortOrder';

describe('the list order', () => {
  it('is newest first with no query, even where best match was picked', () => {
    expect(effectiveSort('', null)).toBe('newest');
    expect(effectiveSort('   ', 'relevance')).toBe('newest');
    expect(effectiveSort('', 'oldest')).toBe('oldest');
  });

  it('is best match once there is a query, unless another order was picked', () => {
    expect(effectiveSort('ferry', null)).toBe('relevance');
    expect(effectiveSort('ferry', 'newest')).toBe('newest');
    expect(effectiveSort('ferry', 'oldest')).toBe('oldest');
  });

  it('offers best match only with a query', () => {
    expect(sortChoices('')).not.toContain('relevance');
    expect(sortChoices('ferry')).toEqual(['relevance', 'newest', 'oldest']);
  });
});
