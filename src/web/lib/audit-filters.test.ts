import { describe, expect, it } from 'vitest';
import { auditFiltersFromParams, auditFiltersToApi, auditFiltersToParams } from './audit-filters';

describe('audit filters', () => {
  it('round-trips through the URL, dropping empty values', () => {
    const f = auditFiltersFromParams(
      new URLSearchParams('entityType=organisation&action=organisation.&to=2026-03-03'),
    );
    expect(f).toEqual({
      entityType: 'organisation',
      entityId: '',
      action: 'organisation.',
      actorUserId: '',
      from: '',
      to: '2026-03-03',
    });
    expect(auditFiltersToParams(f).toString()).toBe(
      'entityType=organisation&action=organisation.&to=2026-03-03',
    );
  });

  it('covers whole days (TZ=UTC in tests) and ignores malformed dates', () => {
    const api = auditFiltersToApi({
      entityType: '',
      entityId: '',
      action: '',
      actorUserId: '',
      from: '2026-03-03',
      to: '2026-03-03',
    });
    expect(api.from).toBe('2026-03-03T00:00:00.000Z');
    expect(api.to).toBe('2026-03-03T23:59:59.999Z');
    expect(api.entityType).toBeUndefined();
    expect(
      auditFiltersToApi({
        entityType: '',
        entityId: '',
        action: '',
        actorUserId: '',
        from: '03/03/2026',
        to: '',
      }).from,
    ).toBeUndefined();
  });
});
