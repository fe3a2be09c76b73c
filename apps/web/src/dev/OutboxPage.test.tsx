// The dev outbox: admins read the mails with their links clickable; the page says in words
// when the outbox is off or not theirs to read; only admins see it in the navigation.
import { describe, expect, it } from 'vitest';
import { json, problem, stubApi, typedProblem } from '../testing/fetchStub';
import { aMember, anOutboxMail, aSession } from '../testing/fixtures';
import { renderApp, waitFor } from '../testing/render';

const anAdmin = () => aMember({ roles: ['detective', 'admin'] });

function headerLinks(container: HTMLElement): string[] {
  return [...container.querySelectorAll('header a')].map((anchor) => anchor.textContent);
}

describe('the dev outbox', () => {
  it("renders each mail's text as text, with its web addresses as links", async () => {
    const mail = anOutboxMail({
      to: 'ada@example.org',
      subject: 'Confirm your e-mail address',
      text: 'Hello <b>Ada</b>,\nopen http://localhost:3000/verify-email?token=abcdefghijklmnopqrstuvwxyz.\n',
    });
    stubApi({
      'GET /api/session': () => json(200, aSession(anAdmin())),
      'GET /api/dev/outbox': () => json(200, { items: [mail] }),
    });
    const { container } = await renderApp('/dev/outbox');
    const item = await waitFor(() => {
      const found = container.querySelector('[data-testid="outbox-mail"]');
      if (!found) throw new Error('No mail yet');
      return found;
    });
    expect(item.querySelector('h2')?.textContent).toBe('Confirm your e-mail address');
    expect(item.textContent).toContain('ada@example.org');
    const text = item.querySelector('pre');
    expect(text?.querySelector('b')).toBeNull();
    expect(text?.textContent).toContain('Hello <b>Ada</b>,');
    const links = [...(text?.querySelectorAll('a') ?? [])];
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'http://localhost:3000/verify-email?token=abcdefghijklmnopqrstuvwxyz',
    ]);
  });

  it('explains that the outbox is off when the server sends real mail', async () => {
    stubApi({
      'GET /api/session': () => json(200, aSession(anAdmin())),
      'GET /api/dev/outbox': () => problem(404, 'Not found'),
    });
    const { container } = await renderApp('/dev/outbox');
    await waitFor(() => {
      expect(container.textContent).toContain(
        'The outbox is only used when the server has no SMTP_URL',
      );
    });
  });

  it('tells a member who is not an admin that the outbox is not theirs to read', async () => {
    stubApi({
      'GET /api/session': () => json(200, aSession(aMember())),
      'GET /api/dev/outbox': () => typedProblem(403, '/problems/forbidden', 'Admins only.'),
    });
    const { container } = await renderApp('/dev/outbox');
    await waitFor(() => {
      expect(container.textContent).toContain('Only admins can read the outbox.');
    });
    expect(headerLinks(container)).not.toContain('Outbox');
    expect(headerLinks(container)).toContain('Settings');
  });

  it('sends an admin without two-factor sign-in to Settings to turn it on', async () => {
    stubApi({
      'GET /api/session': () => json(200, aSession(anAdmin())),
      'GET /api/dev/outbox': () =>
        typedProblem(
          403,
          '/problems/forbidden',
          'Turn on two-factor sign-in in Settings to use your admin privileges.',
        ),
    });
    const { container } = await renderApp('/dev/outbox');
    await waitFor(() => {
      expect(container.querySelector('.notice--problem')?.textContent).toContain(
        'Turn on two-factor sign-in in Settings to use your admin privileges.',
      );
    });
    expect(container.querySelector('.notice--problem a')?.getAttribute('href')).toBe('/settings');
  });

  it('is linked in the navigation for admins', async () => {
    stubApi({ 'GET /api/session': () => json(200, aSession(anAdmin())) });
    const { container } = await renderApp('/no-such-page');
    await waitFor(() => {
      expect(headerLinks(container)).toContain('Outbox');
    });
  });
});
