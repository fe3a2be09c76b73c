// Registering: everything the server needs is sent, nobody is signed in, and the page says
// to check the inbox, with a way to have the link sent again.
import { describe, expect, it } from 'vitest';
import { json, stubApi, typedProblem } from '../testing/fetchStub';
import { aSession } from '../testing/fixtures';
import {
  choose,
  click,
  getButton,
  getField,
  getSelect,
  renderApp,
  typeInto,
  waitFor,
} from '../testing/render';

const ACCEPTED = {
  status: 'accepted',
  detail: 'We sent a link to ada@example.org. Open it to confirm your address.',
};

async function fillAndSubmit(container: HTMLElement) {
  await typeInto(getField(container, 'Display name'), 'Ada Detective');
  await typeInto(getField(container, 'Handle'), 'ada_l');
  await typeInto(getField(container, 'E-mail'), 'Ada@Example.org');
  await typeInto(getField(container, 'Password'), 'a long and private passphrase');
  await choose(getSelect(container, 'Country'), 'ES');
  await click(getButton(container, 'Register'));
}

describe('registering', () => {
  it('sends the whole profile, then says to check the inbox without signing in', async () => {
    const sent = stubApi({
      'GET /api/session': () => json(200, aSession(null)),
      'POST /api/accounts': () => json(202, ACCEPTED),
    });
    const { container } = await renderApp('/register');
    await waitFor(() => getField(container, 'Handle'));
    expect(getSelect(container, 'Language').value).toBe('en');
    await fillAndSubmit(container);

    await waitFor(() => {
      expect(container.querySelector('h2')?.textContent).toBe('Check your inbox');
    });
    expect(container.textContent).toContain(ACCEPTED.detail);
    expect(container.querySelector('main form')).toBeNull();
    expect(sent.find((request) => request.method === 'POST')?.body).toEqual({
      displayName: 'Ada Detective',
      handle: 'ada_l',
      email: 'ada@example.org',
      password: 'a long and private passphrase',
      country: 'ES',
      language: 'en',
    });
    expect(container.querySelector('header')?.textContent).toContain('Sign in');
  });

  it('sends the link again to the address just registered', async () => {
    const sent = stubApi({
      'GET /api/session': () => json(200, aSession(null)),
      'POST /api/accounts': () => json(202, ACCEPTED),
      'POST /api/accounts/verification/resend': () =>
        json(202, { status: 'accepted', detail: 'We sent the link again.' }),
    });
    const { container } = await renderApp('/register');
    await waitFor(() => getField(container, 'Handle'));
    await fillAndSubmit(container);
    await waitFor(() => getButton(container, 'Send the link again'));
    await click(getButton(container, 'Send the link again'));

    await waitFor(() => {
      expect(container.querySelector('[role="status"]')?.textContent).toBe(
        'We sent the link again.',
      );
    });
    expect(sent.at(-1)?.body).toEqual({ email: 'ada@example.org' });
  });

  it('shows a taken handle on the handle field', async () => {
    stubApi({
      'GET /api/session': () => json(200, aSession(null)),
      'POST /api/accounts': () =>
        typedProblem(409, '/problems/conflict', 'This handle is taken.', [
          { field: 'body.handle', message: 'The handle @ada_l is taken: try another.' },
        ]),
    });
    const { container } = await renderApp('/register');
    await waitFor(() => getField(container, 'Handle'));
    await fillAndSubmit(container);

    await waitFor(() => {
      expect(getField(container, 'Handle').getAttribute('aria-invalid')).toBe('true');
    });
    expect(container.textContent).toContain('The handle @ada_l is taken: try another.');
    expect(document.activeElement).toBe(getField(container, 'Handle'));
  });

  it('asks for a country before sending anything', async () => {
    const sent = stubApi({ 'GET /api/session': () => json(200, aSession(null)) });
    const { container } = await renderApp('/register');
    await waitFor(() => getField(container, 'Handle'));
    await typeInto(getField(container, 'Display name'), 'Ada Detective');
    await typeInto(getField(container, 'Handle'), 'ada_l');
    await typeInto(getField(container, 'E-mail'), 'ada@example.org');
    await typeInto(getField(container, 'Password'), 'a long and private passphrase');
    await click(getButton(container, 'Register'));

    expect(getSelect(container, 'Country').getAttribute('aria-invalid')).toBe('true');
    expect(container.textContent).toContain('Country is required.');
    expect(sent.filter((request) => request.method === 'POST')).toEqual([]);
  });
});
