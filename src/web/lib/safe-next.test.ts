import { describe, expect, it } from 'vitest';
import { loginUrlFor, safeNextPath } from './safe-next';

describe('return path after login', () => {
  it('keeps paths of this app', () => {
    expect(safeNextPath('/organisations?kind=structure')).toBe('/organisations?kind=structure');
  });

  it('refuses other sites and loops', () => {
    for (const bad of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'x',
      '',
      null,
      '/login',
    ]) {
      expect(safeNextPath(bad)).toBe('/');
    }
  });

  it('builds the login URL', () => {
    expect(loginUrlFor('/admin/users')).toBe('/login?next=%2Fadmin%2Fusers');
    expect(loginUrlFor('/')).toBe('/login');
  });
});
