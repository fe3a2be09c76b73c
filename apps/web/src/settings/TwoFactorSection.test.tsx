// Two-factor sign-in in Settings: password → QR code and key → first code → recovery codes shown
// once; with it on, new codes and turning it off.
import { describe, expect, it } from 'vitest';
import { json, problem, stubApi } from '../testing/fetchStub';
import { aMember, aSession, CSRF_TOKEN } from '../testing/fixtures';
import {
  click,
  getButton,
  getField,
  getLink,
  renderApp,
  typeInto,
  waitFor,
} from '../testing/render';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const QR = 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=';
const CODES = Array.from(
  { length: 10 },
  (_, index) => `abcd-efgh-${String(index).padStart(2, 'k')}`,
);

function section(container: HTMLElement): HTMLElement {
  const found = container.querySelector<HTMLElement>('[aria-labelledby="settings-two-factor"]');
  if (!found) throw new Error('No two-factor section');
  return found;
}

describe('turning two-factor sign-in on in Settings', () => {
  it('shows the QR code and the key, then the ten recovery codes once', async () => {
    let member = aMember();
    const sent = stubApi({
      'GET /api/session': () => json(200, aSession(member)),
      'GET /api/sessions': () => json(200, { items: [] }),
      'POST /api/me/two-factor/setup': () =>
        json(200, {
          secret: SECRET,
          otpauthUri: `otpauth://totp/x?secret=${SECRET}`,
          qrSvgDataUri: QR,
        }),
      'POST /api/me/two-factor/enable': () => {
        member = aMember({ twoFactorEnabled: true });
        return json(200, { recoveryCodes: CODES });
      },
    });
    const { container } = await renderApp('/settings');
    await waitFor(() => getButton(container, 'Set up two-factor sign-in'));
    const twoFactor = section(container);
    expect(twoFactor.textContent).toContain('Two-factor sign-in is off.');
    await typeInto(getField(twoFactor, 'Current password'), 'my current passphrase');
    await click(getButton(twoFactor, 'Set up two-factor sign-in'));

    await waitFor(() => getField(twoFactor, 'Authentication code'));
    const qr = twoFactor.querySelector('img');
    expect(qr?.getAttribute('src')).toBe(QR);
    expect(qr?.getAttribute('alt')).toBe('QR code that adds Consilium to your authenticator app');
    expect(twoFactor.querySelector('[data-testid="two-factor-secret"]')?.textContent).toBe(SECRET);

    await typeInto(getField(twoFactor, 'Authentication code'), '123456');
    await click(getButton(twoFactor, 'Turn on'));
    await waitFor(() => {
      expect(twoFactor.querySelectorAll('[data-testid="recovery-codes"] li')).toHaveLength(10);
    });
    await waitFor(() => {
      expect(twoFactor.textContent).toContain('Two-factor sign-in is on.');
    });
    expect(twoFactor.querySelectorAll('[data-testid="recovery-codes"] li')).toHaveLength(10);
    const download = getLink(twoFactor, 'Download the codes');
    expect(download.getAttribute('download')).toBe('consilium-recovery-codes.txt');
    expect(decodeURIComponent(download.href)).toContain(CODES[9]);
    expect(sent.find((request) => request.url === '/api/me/two-factor/enable')?.body).toEqual({
      code: '123456',
    });

    await click(getButton(twoFactor, 'I have saved them'));
    expect(twoFactor.querySelector('[data-testid="recovery-codes"]')).toBeNull();
    expect(getButton(twoFactor, 'Turn off two-factor sign-in')).toBeDefined();
  });

  it('shows a wrong password on its field', async () => {
    stubApi({
      'GET /api/session': () => json(200, aSession(aMember())),
      'GET /api/sessions': () => json(200, { items: [] }),
      'POST /api/me/two-factor/setup': () =>
        problem(400, 'Your current password is not correct.', [
          { field: 'body.password', message: 'This is not your current password' },
        ]),
    });
    const { container } = await renderApp('/settings');
    await waitFor(() => getButton(container, 'Set up two-factor sign-in'));
    const twoFactor = section(container);
    await typeInto(getField(twoFactor, 'Current password'), 'a wrong passphrase');
    await click(getButton(twoFactor, 'Set up two-factor sign-in'));
    await waitFor(() => {
      expect(twoFactor.textContent).toContain('This is not your current password');
    });
    expect(twoFactor.querySelector('img')).toBeNull();
  });
});

describe('with two-factor sign-in on', () => {
  it('turns it off with the password and a code', async () => {
    let member = aMember({ twoFactorEnabled: true });
    const sent = stubApi({
      'GET /api/session': () => json(200, aSession(member)),
      'GET /api/sessions': () => json(200, { items: [] }),
      'DELETE /api/me/two-factor': () => {
        member = aMember({ twoFactorEnabled: false });
        return new Response(null, { status: 204 });
      },
    });
    const { container } = await renderApp('/settings');
    await waitFor(() => getButton(container, 'Turn off two-factor sign-in'));
    const turnOff = getButton(container, 'Turn off two-factor sign-in').closest('form');
    if (!turnOff) throw new Error('The turn-off button is not in a form');
    await typeInto(getField(turnOff, 'Current password'), 'my current passphrase');
    await typeInto(getField(turnOff, 'Authentication code or recovery code'), '654321');
    await click(getButton(turnOff, 'Turn off two-factor sign-in'));
    await waitFor(() => {
      expect(section(container).textContent).toContain('Two-factor sign-in is off.');
    });
    const deletion = sent.find((request) => request.method === 'DELETE');
    expect(deletion?.body).toEqual({ password: 'my current passphrase', code: '654321' });
    expect(deletion?.headers.get('x-csrf-token')).toBe(CSRF_TOKEN);
  });

  it('shows new recovery codes', async () => {
    stubApi({
      'GET /api/session': () => json(200, aSession(aMember({ twoFactorEnabled: true }))),
      'GET /api/sessions': () => json(200, { items: [] }),
      'POST /api/me/two-factor/recovery-codes': () => json(200, { recoveryCodes: CODES }),
    });
    const { container } = await renderApp('/settings');
    await waitFor(() => getButton(container, 'Get new recovery codes'));
    const form = getButton(container, 'Get new recovery codes').closest('form');
    if (!form) throw new Error('The regenerate button is not in a form');
    await typeInto(getField(form, 'Current password'), 'my current passphrase');
    await click(getButton(form, 'Get new recovery codes'));
    await waitFor(() => {
      expect(container.querySelectorAll('[data-testid="recovery-codes"] li')).toHaveLength(10);
    });
  });
});
