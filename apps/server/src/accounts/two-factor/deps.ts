// What two-factor use cases need beyond the other account use cases.
import type { AccountDeps } from '../deps.js';
import type { AuthenticatorCodes } from './authenticator.js';
import type { TwoFactorSecrets } from './secrets.js';

export interface TwoFactorDeps extends AccountDeps {
  secrets: TwoFactorSecrets;
  codes: AuthenticatorCodes;
}
