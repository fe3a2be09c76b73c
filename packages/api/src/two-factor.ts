// Two-factor sign-in: enrolling an authenticator app (TOTP, RFC 6238), recovery codes, turning
// it off, and the second step of signing in.
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, SessionViewSchema } from './accounts.js';
import { defineRoute } from './route.js';

/** How many recovery codes a member gets at a time. */
export const RECOVERY_CODE_COUNT = 10;

/** A recovery code as shown to the member: ten characters in groups, like `k7pq-m2xd-9f`. */
export const RECOVERY_CODE_PATTERN = /^[a-z0-9]{4}-?[a-z0-9]{4}-?[a-z0-9]{2}$/;

const PasswordSchema = z
  .string({ error: 'Password is required' })
  .min(1, 'Password is required')
  .max(PASSWORD_MAX_LENGTH, `Password must be at most ${PASSWORD_MAX_LENGTH} characters`);

/** The six digits an authenticator app shows; spaces are ignored. */
export const AuthenticatorCodeSchema = z
  .string({ error: 'Code is required' })
  .transform((code) => code.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, 'Enter the 6-digit code from your authenticator app'));

/** Either the six digits of the app or one of the member's recovery codes. */
export const SecondFactorCodeSchema = z
  .string({ error: 'Code is required' })
  .transform((code) => code.replace(/\s+/g, '').toLowerCase())
  .pipe(
    z
      .string()
      .refine(
        (code) => /^\d{6}$/.test(code) || RECOVERY_CODE_PATTERN.test(code),
        'Enter the 6-digit code from your authenticator app, or a recovery code like abcd-efgh-jk',
      ),
  );

export const TwoFactorPasswordBodySchema = z
  .strictObject({ password: PasswordSchema })
  .meta({ id: 'TwoFactorPasswordBody' });

export const TwoFactorSetupSchema = z
  .object({
    /** The shared secret in base32, for typing into an app by hand. */
    secret: z.string(),
    otpauthUri: z.string(),
    /** The otpauth URI as a QR code: an SVG image in a data: URI. */
    qrSvgDataUri: z.string(),
  })
  .meta({ id: 'TwoFactorSetup' });

export const EnableTwoFactorBodySchema = z
  .strictObject({ code: AuthenticatorCodeSchema })
  .meta({ id: 'EnableTwoFactorBody' });

export const DisableTwoFactorBodySchema = z
  .strictObject({ password: PasswordSchema, code: SecondFactorCodeSchema })
  .meta({ id: 'DisableTwoFactorBody' });

export const RecoveryCodesSchema = z
  .object({ recoveryCodes: z.array(z.string()).length(RECOVERY_CODE_COUNT) })
  .meta({ id: 'RecoveryCodes' });

export const SecondFactorBodySchema = z
  .strictObject({ code: SecondFactorCodeSchema })
  .meta({ id: 'SecondFactorBody' });

export type TwoFactorPasswordBody = z.infer<typeof TwoFactorPasswordBodySchema>;
export type TwoFactorSetup = z.infer<typeof TwoFactorSetupSchema>;
export type EnableTwoFactorBody = z.infer<typeof EnableTwoFactorBodySchema>;
export type DisableTwoFactorBody = z.infer<typeof DisableTwoFactorBodySchema>;
export type RecoveryCodes = z.infer<typeof RecoveryCodesSchema>;
export type SecondFactorBody = z.infer<typeof SecondFactorBodySchema>;

const tags = ['two-factor'];

export const twoFactorRoutes = {
  setup: defineRoute({
    method: 'POST',
    path: '/api/me/two-factor/setup',
    summary:
      'Start turning on two-factor sign-in: a new secret for an authenticator app (not active until a first code is proved)',
    tags,
    body: TwoFactorPasswordBodySchema,
    response: TwoFactorSetupSchema,
  }),
  enable: defineRoute({
    method: 'POST',
    path: '/api/me/two-factor/enable',
    summary:
      'Turn on two-factor sign-in with a first code from the app; answers the recovery codes, shown only this once',
    tags,
    body: EnableTwoFactorBodySchema,
    response: RecoveryCodesSchema,
  }),
  disable: defineRoute({
    method: 'DELETE',
    path: '/api/me/two-factor',
    summary: 'Turn off two-factor sign-in: needs the password and a current or recovery code',
    tags,
    status: 204,
    body: DisableTwoFactorBodySchema,
    response: z.null(),
  }),
  regenerateRecoveryCodes: defineRoute({
    method: 'POST',
    path: '/api/me/two-factor/recovery-codes',
    summary: 'Replace the recovery codes with ten new ones; the old ones stop working',
    tags,
    body: TwoFactorPasswordBodySchema,
    response: RecoveryCodesSchema,
  }),
  completeSignIn: defineRoute({
    method: 'POST',
    path: '/api/session/second-factor',
    summary:
      'Second step of signing in for members with two-factor sign-in: a code from the app or a recovery code',
    tags: ['accounts', ...tags],
    body: SecondFactorBodySchema,
    response: SessionViewSchema,
  }),
};
