import { describe, expect, it } from 'vitest';
import { auditValueText, diffAudit } from './audit-diff';

describe('audit diff', () => {
  it('lists changed, added and removed values with dotted paths', () => {
    const before = {
      name: 'MJC',
      phone: '01',
      addresses: [{ postalCode: '75020' }],
      updatedAt: 'a',
    };
    const after = {
      name: 'MJC Belleville',
      email: 'x@y.fr',
      addresses: [{ postalCode: '75019' }],
      updatedAt: 'b',
    };
    expect(diffAudit(before, after)).toEqual([
      { path: 'name', kind: 'changed', before: 'MJC', after: 'MJC Belleville' },
      { path: 'phone', kind: 'removed', before: '01', after: undefined },
      { path: 'addresses.0.postalCode', kind: 'changed', before: '75020', after: '75019' },
      { path: 'email', kind: 'added', before: undefined, after: 'x@y.fr' },
    ]);
  });

  it('shows a creation as added values, skipping empty ones', () => {
    expect(diffAudit(null, { isActive: true, legalId: null })).toEqual([
      { path: 'isActive', kind: 'added', before: undefined, after: true },
    ]);
  });

  it('leaves out technical values', () => {
    const before = { id: 'o1', addresses: [{ id: 'a1', createdAt: 'x', postalCode: '75020' }] };
    const after = { id: 'o1', addresses: [{ id: 'a2', createdAt: 'y', postalCode: '75020' }] };
    expect(diffAudit(before, after)).toEqual([]);
    expect(diffAudit(null, { id: 'o1', name: 'MJC' }).map((c) => c.path)).toEqual(['name']);
  });

  it('returns nothing when nothing was recorded', () => {
    expect(diffAudit(null, null)).toEqual([]);
    expect(diffAudit({ a: [] }, { a: [] })).toEqual([]);
  });

  it('renders values as text', () => {
    expect(auditValueText(null)).toBe('');
    expect(auditValueText(true)).toBe('true');
    expect(auditValueText('x')).toBe('x');
  });
});
