import { describe, expect, it } from 'vitest';
import {
  filtersFromSearchParams,
  filtersToApiQuery,
  filtersToSearchParams,
  pageInfo,
} from './org-filters';

describe('organisation list filters', () => {
  it('round-trips through the URL', () => {
    const f = filtersFromSearchParams(
      new URLSearchParams('kind=structure&search=mjc&departement=75&network=n1&inactive=1&page=3'),
    );
    expect(f).toEqual({
      kind: 'structure',
      search: 'mjc',
      departementCode: '75',
      networkId: 'n1',
      includeInactive: true,
      page: 3,
    });
    expect(filtersToSearchParams(f).toString()).toBe(
      'kind=structure&search=mjc&departement=75&network=n1&inactive=1&page=3',
    );
  });

  it('ignores unknown kinds and bad pages', () => {
    const f = filtersFromSearchParams(new URLSearchParams('kind=alien&page=-2'));
    expect(f.kind).toBeNull();
    expect(f.page).toBe(1);
    expect(filtersToSearchParams(f).toString()).toBe('');
  });

  it('builds the API query with paging, and includeInactive only when true', () => {
    const f = filtersFromSearchParams(new URLSearchParams('page=2'));
    expect(filtersToApiQuery(f, 20)).toEqual({ limit: '20', offset: '20' });
    expect(filtersToApiQuery({ ...f, includeInactive: true }, 20).includeInactive).toBe('true');
  });

  it('computes the shown range', () => {
    expect(pageInfo(0, 1, 20)).toMatchObject({ pages: 1, from: 0, to: 0, hasNext: false });
    expect(pageInfo(45, 3, 20)).toMatchObject({
      pages: 3,
      from: 41,
      to: 45,
      hasPrevious: true,
      hasNext: false,
    });
    expect(pageInfo(45, 1, 20)).toMatchObject({ from: 1, to: 20, hasNext: true });
  });
});
