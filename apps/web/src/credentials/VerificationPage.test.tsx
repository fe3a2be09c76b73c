// The member's verification page: applying (with the form checked before anything is sent and
// the evidence file checked before it is uploaded), what happens when the upload fails,
// answering a moderator's question, withdrawing, and the reasons apply is unavailable.
import { describe, expect, it } from 'vitest';
import type { CredentialView, MyCredentials } from '@consilium/api';
import { json, problem, stubApi } from '../testing/fetchStub';
import type { SentRequest } from '../testing/fetchStub';
import { aCredential, aMember, aSession } from '../testing/fixtures';
import {
  choose,
  chooseFile,
  click,
  descriptionOf,
  getButton,
  getField,
  getSelect,
  renderApp,
  typeInto,
  waitFor,
} from '../testing/render';

const OPEN: MyCredentials['canApply'] = { professional: true, student: true };

function aFile(name: string, type: string, size: number): File {
  const file = new File(['%PDF-1.7'], name, { type });
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

function stubVerification(mine: () => MyCredentials, more: Parameters<typeof stubApi>[0] = {}) {
  return stubApi({
    'GET /api/session': () => json(200, aSession(aMember({ country: 'ES' }))),
    'GET /api/me/credentials': () => json(200, mine()),
    ...more,
  });
}

async function openPage(): Promise<HTMLElement> {
  const { container } = await renderApp('/verification');
  await waitFor(() => getButton(container, 'Apply for verification'));
  return container;
}

/** Fills in a professional's application, all but the specialties. */
async function fillProfessional(container: HTMLElement): Promise<void> {
  await choose(getSelect(container, 'Profession'), 'physician');
  await typeInto(getField(container, 'Licence number'), 'MED-12345');
  await typeInto(getField(container, 'Issuing authority'), 'Colegio de Médicos de Madrid');
}

async function chooseSpecialty(container: HTMLElement, search: string, name: string) {
  await typeInto(getField(container, 'Search specialties'), search);
  await click(getField(container, name));
}

function requestsTo(sent: SentRequest[], method: string): SentRequest[] {
  return sent.filter((request) => request.method === method);
}

describe('applying for verification', () => {
  it('names the specialties field when none was chosen, and sends nothing', async () => {
    const sent = stubVerification(() => ({ items: [], canApply: OPEN }));
    const container = await openPage();
    await fillProfessional(container);
    await click(getButton(container, 'Apply for verification'));
    await waitFor(() => {
      expect(descriptionOf(getField(container, 'Search specialties'))).toBe(
        'Specialties: choose at least one.',
      );
    });
    expect(container.querySelector('[role="alert"]')?.textContent).toContain(
      'Please correct the field marked below.',
    );
    expect(requestsTo(sent, 'POST')).toEqual([]);
  });

  it('refuses an oversized evidence file before anything is uploaded', async () => {
    const sent = stubVerification(() => ({ items: [], canApply: OPEN }));
    const container = await openPage();
    await fillProfessional(container);
    await chooseSpecialty(container, 'cardio', 'Cardiology');
    const input = getField(container, 'Evidence file (optional)');
    await chooseFile(input, aFile('licence.pdf', 'application/pdf', 11 * 1024 * 1024));
    expect(descriptionOf(input)).toContain('the evidence file must be at most 10 MB');
    await click(getButton(container, 'Apply for verification'));
    expect(document.activeElement).toBe(input);
    expect(requestsTo(sent, 'POST')).toEqual([]);
    expect(requestsTo(sent, 'PUT')).toEqual([]);
  });

  it('refuses a file that is not a PDF or an image', async () => {
    stubVerification(() => ({ items: [], canApply: OPEN }));
    const container = await openPage();
    const input = getField(container, 'Evidence file (optional)');
    await chooseFile(input, aFile('licence.docx', 'application/msword', 2000));
    expect(descriptionOf(input)).toContain(
      "“licence.docx” can't be used: the evidence file must be a PDF, JPEG, PNG or WebP file.",
    );
  });

  it('sends the application, then uploads the evidence file itself', async () => {
    const created = aCredential();
    let mine: MyCredentials = { items: [], canApply: OPEN };
    const file = aFile('licence.pdf', 'application/pdf', 120_000);
    const sent = stubVerification(() => mine, {
      'POST /api/me/credentials': () => {
        mine = { items: [created], canApply: { professional: false, student: true } };
        return json(201, created);
      },
      [`PUT /api/me/credentials/${created.id}/evidence`]: () =>
        json(200, { ...created, evidence: null }),
    });
    const container = await openPage();
    await fillProfessional(container);
    await chooseSpecialty(container, 'nephro', 'Nephrology');
    await chooseSpecialty(container, 'cardio', 'Cardiology');
    await chooseFile(getField(container, 'Evidence file (optional)'), file);
    await click(getButton(container, 'Apply for verification'));
    await waitFor(() => {
      expect(container.textContent).toContain('Your application and its evidence file were sent.');
    });
    expect(requestsTo(sent, 'POST')[0]?.body).toEqual({
      kind: 'professional',
      profession: 'physician',
      specialties: ['nephrology', 'cardiology'],
      licenceNumber: 'MED-12345',
      issuingAuthority: 'Colegio de Médicos de Madrid',
      country: 'ES',
    });
    const upload = requestsTo(sent, 'PUT')[0];
    expect(upload?.body).toBe(file);
    expect(upload?.headers.get('content-type')).toBe('application/pdf');
  });

  it('keeps the application when the upload fails, and offers to attach the file again', async () => {
    const created = aCredential();
    let mine: MyCredentials = { items: [], canApply: OPEN };
    stubVerification(() => mine, {
      'POST /api/me/credentials': () => {
        mine = { items: [created], canApply: { professional: false, student: true } };
        return json(201, created);
      },
      [`PUT /api/me/credentials/${created.id}/evidence`]: () =>
        problem(413, 'The evidence file must be at most 10 MB.'),
    });
    const container = await openPage();
    await fillProfessional(container);
    await chooseSpecialty(container, 'cardio', 'Cardiology');
    await chooseFile(
      getField(container, 'Evidence file (optional)'),
      aFile('licence.png', 'image/png', 5000),
    );
    await click(getButton(container, 'Apply for verification'));
    await waitFor(() => {
      expect(container.textContent).toContain(
        'Your application was sent, but its evidence file was not uploaded: The evidence file must be at most 10 MB.',
      );
    });
    const card = await waitFor(() => {
      const found = container.querySelector<HTMLElement>('.credential');
      if (!found) throw new Error('No application listed yet');
      return found;
    });
    expect(getButton(card, 'Attach evidence')).toBeDefined();
  });

  it('says why a kind cannot be applied for, and disables the button', async () => {
    stubVerification(() => ({
      items: [aCredential({ status: 'pending' })],
      canApply: { professional: false, student: false },
    }));
    const container = await openPage();
    const button = getButton(container, 'Apply for verification');
    expect(button.disabled).toBe(true);
    expect(descriptionOf(button)).toContain('an application of yours is still under review');
  });
});

describe('an application under review', () => {
  const question = 'Please send a photo of your licence card.';
  const needsInfo = (): CredentialView =>
    aCredential({
      status: 'needs-info',
      moderatorMessage: question,
      history: [
        { at: '2026-03-01T10:00:00.000Z', action: 'submitted', message: null },
        { at: '2026-03-02T10:00:00.000Z', action: 'info-requested', message: question },
      ],
      abilities: { canResubmit: true, canWithdraw: true, canAttachEvidence: true },
    });

  it("shows the moderators' question and resends the corrected application", async () => {
    const credential = needsInfo();
    const sent = stubVerification(
      () => ({ items: [credential], canApply: { professional: false, student: true } }),
      {
        [`PUT /api/me/credentials/${credential.id}`]: () =>
          json(200, { ...credential, status: 'pending' }),
      },
    );
    const container = await openPage();
    const card = container.querySelector<HTMLElement>('.credential');
    if (!card) throw new Error('No application listed');
    expect(card.textContent).toContain(`The moderators ask:${question}`);
    expect(card.textContent).toContain('More information requested');
    const licence = getField(card, 'Licence number');
    expect(licence.value).toBe('MED-12345');
    await typeInto(licence, 'MED-12345-B');
    await click(getButton(card, 'Resubmit application'));
    await waitFor(() => {
      expect(container.textContent).toContain('Your application was sent.');
    });
    expect(requestsTo(sent, 'PUT')[0]?.body).toEqual({
      kind: 'professional',
      profession: 'physician',
      specialties: ['cardiology'],
      licenceNumber: 'MED-12345-B',
      issuingAuthority: 'Colegio de Médicos de Madrid',
      country: 'ES',
    });
  });

  it('withdraws only after the member confirms', async () => {
    const credential = needsInfo();
    const sent = stubVerification(() => ({ items: [credential], canApply: OPEN }), {
      [`DELETE /api/me/credentials/${credential.id}`]: () => new Response(null, { status: 204 }),
    });
    const container = await openPage();
    await click(getButton(container, 'Withdraw application'));
    expect(requestsTo(sent, 'DELETE')).toEqual([]);
    expect(container.textContent).toContain('its evidence file is deleted');
    await click(getButton(container, 'Yes, withdraw it'));
    await waitFor(() => {
      expect(requestsTo(sent, 'DELETE')).toHaveLength(1);
    });
  });
});

describe('the badges of the member', () => {
  it('shows until when each is valid, and reminds to renew within 60 days', async () => {
    const expiresAt = new Date(Date.now() + 20 * 24 * 3600 * 1000 - 3600 * 1000).toISOString();
    stubVerification(() => ({
      items: [
        aCredential({
          status: 'approved',
          expiresAt,
          specialties: [
            { code: 'cardiology', name: 'Cardiology' },
            { code: 'nephrology', name: 'Nephrology' },
          ],
          abilities: { canResubmit: false, canWithdraw: false, canAttachEvidence: false },
        }),
      ],
      canApply: OPEN,
    }));
    const container = await openPage();
    const badges = container.querySelector('[aria-label="Your badges"]');
    expect(badges?.textContent).toContain('Verified physician · Cardiology, Nephrology');
    expect(badges?.textContent).toContain('verified until');
    expect(badges?.textContent).toContain('Your verification ends in 20 days.');
  });

  it('invites a visitor to sign in', async () => {
    stubApi({ 'GET /api/session': () => json(200, aSession(null)) });
    const { container } = await renderApp('/verification');
    await waitFor(() => {
      expect(container.textContent).toContain('Sign in to apply for verification');
    });
  });
});
