// Setup for every web component test: act() environment, English, empty storage, and fetch
// (which also carries XMLHttpRequest uploads) that fails the test if a component calls the
// network without a stub.
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { setCsrfToken } from '../api/client';
import { i18n } from '../i18n/i18n';
import { unmountAll } from './render';
import { FetchBackedXhr } from './xhrOverFetch';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

globalThis.IS_REACT_ACT_ENVIRONMENT = true;

let unexpectedRequests: string[] = [];

beforeEach(async () => {
  window.localStorage.clear();
  await i18n.changeLanguage('en');
  unexpectedRequests = [];
  vi.stubGlobal('fetch', (input: string) => {
    unexpectedRequests.push(input);
    return Promise.reject(new Error(`Unexpected request to ${input}: stub fetch in this test`));
  });
  vi.stubGlobal('XMLHttpRequest', FetchBackedXhr);
});

afterEach(() => {
  unmountAll();
  setCsrfToken(null);
  vi.unstubAllGlobals();
  expect(unexpectedRequests, 'requests made without a stubbed fetch').toEqual([]);
});
