// Returning after sign-in must never lead to another site.
import { describe, expect, it } from 'vitest';
import { safeNextPath, withNext } from './nextPath';

describe('safeNextPath', () => {
  it.each(['/cases/new', '/cases/1?tab=votes', '/'])('follows the same-origin path %s', (path) => {
    expect(safeNextPath(path)).toBe(path);
  });

  it.each([
    null,
    '',
    'cases/new',
    'https://evil.example',
    '//evil.example/path',
    '/\\evil.example',
    '/cases\n/new',
  ])('refuses %j and goes home instead', (raw) => {
    expect(safeNextPath(raw)).toBe('/');
  });
});

describe('withNext', () => {
  it('keeps where to return to, encoded', () => {
    expect(withNext('/sign-in', '/cases/1?x=1')).toBe('/sign-in?next=%2Fcases%2F1%3Fx%3D1');
  });

  it('leaves the home page implicit', () => {
    expect(withNext('/register', '/')).toBe('/register');
  });
});
