// The app shell: landmarks and skip link, the language switcher, and signing out.
import { describe, expect, it } from 'vitest';
import { json, stubApi } from '../testing/fetchStub';
import { aMember, aSession } from '../testing/fixtures';
import { click, getButton, renderApp, waitFor } from '../testing/render';

describe('the app shell', () => {
  it('offers a skip link to the main landmark and visitor links that come back', async () => {
    stubApi({ 'GET /api/session': () => json(200, aSession(null)) });
    const { container } = await renderApp('/no-such-page');
    expect(container.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
    expect(container.querySelector('main#main')).not.toBeNull();
    expect(container.querySelector('h1')?.textContent).toBe('Page not found');
    await waitFor(() => {
      const signIn = [...container.querySelectorAll('header a')].find(
        (anchor) => anchor.textContent === 'Sign in',
      );
      expect(signIn?.getAttribute('href')).toBe('/sign-in?next=%2Fno-such-page');
    });
  });

  it('switches to Spanish, marks the choice pressed and updates <html lang>', async () => {
    stubApi({ 'GET /api/session': () => json(200, aSession(null)) });
    const { container } = await renderApp('/no-such-page');
    await click(getButton(container, 'Español'));
    expect(document.documentElement.lang).toBe('es');
    expect(container.querySelector('h1')?.textContent).toBe('Página no encontrada');
    expect(getButton(container, 'Español').getAttribute('aria-pressed')).toBe('true');
    expect(getButton(container, 'English').getAttribute('aria-pressed')).toBe('false');
  });

  it('signs out and goes home', async () => {
    let member: ReturnType<typeof aMember> | null = aMember({ displayName: 'Ada Detective' });
    stubApi({
      'GET /api/session': () => json(200, aSession(member)),
      'DELETE /api/session': () => {
        member = null;
        return new Response(null, { status: 204 });
      },
      'GET /api/cases': () => json(200, { items: [], nextCursor: null }),
    });
    const page = await renderApp('/no-such-page');
    await waitFor(() => getButton(page.container, 'Sign out'));
    await click(getButton(page.container, 'Sign out'));
    await waitFor(() => {
      expect(page.location()).toBe('/');
    });
    await waitFor(() => {
      expect(page.container.querySelector('header')?.textContent).toContain('Sign in');
    });
    expect(page.container.querySelector('header')?.textContent).not.toContain('Ada Detective');
  });
});
