// Accounts and sessions: registration with e-mail verification, sign-in, sign-out, password
// reset, e-mail change, settings and the member's own sessions.
import { z } from 'zod';
import { COUNTRY_CODES, LANGUAGES, ROLES } from '@consilium/core';
import { defineRoute } from './route.js';

export const RoleSchema = z.enum(ROLES);
export const LanguageSchema = z.enum(LANGUAGES, { error: 'Language must be en or es' });
export const CountrySchema = z.enum(COUNTRY_CODES, {
  error: 'Country must be a two-letter ISO 3166 code, like ES or GB',
});

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
export const HANDLE_PATTERN = /^[a-z0-9_]{3,30}$/;

export const EmailSchema = z
  .string({ error: 'E-mail is required' })
  .trim()
  .max(254, 'E-mail must be at most 254 characters')
  .pipe(z.email({ error: 'Enter a valid e-mail address, like name@example.org' }))
  .transform((email) => email.toLowerCase());

export const NewPasswordSchema = z
  .string({ error: 'Password is required' })
  .min(PASSWORD_MIN_LENGTH, `Password must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Password must be at most ${PASSWORD_MAX_LENGTH} characters`);

const CurrentPasswordSchema = z
  .string({ error: 'Password is required' })
  .min(1, 'Password is required')
  .max(PASSWORD_MAX_LENGTH, `Password must be at most ${PASSWORD_MAX_LENGTH} characters`);

export const DisplayNameSchema = z
  .string({ error: 'Display name is required' })
  .trim()
  .min(2, 'Display name must be at least 2 characters')
  .max(80, 'Display name must be at most 80 characters');

export const HandleSchema = z
  .string({ error: 'Handle is required' })
  .trim()
  .toLowerCase()
  .regex(
    HANDLE_PATTERN,
    'Handle must be 3 to 30 characters: lower-case letters, digits and underscores',
  );

/** A token from a link in an e-mail. */
export const EmailTokenSchema = z
  .string({ error: 'The link is incomplete: open it again from the e-mail' })
  .regex(/^[A-Za-z0-9_-]{20,200}$/, 'The link is incomplete: open it again from the e-mail');

export const RegisterBodySchema = z
  .strictObject({
    email: EmailSchema,
    password: NewPasswordSchema,
    displayName: DisplayNameSchema,
    handle: HandleSchema,
    country: CountrySchema,
    language: LanguageSchema,
  })
  .meta({ id: 'RegisterBody' });

export const SignInBodySchema = z
  .strictObject({ email: EmailSchema, password: CurrentPasswordSchema })
  .meta({ id: 'SignInBody' });

export const MemberSelfSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    handle: z.string(),
    roles: z.array(RoleSchema),
    country: z.string().nullable(),
    language: LanguageSchema,
    emailVerified: z.boolean(),
    twoFactorEnabled: z.boolean(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'MemberSelf' });

export const SessionViewSchema = z
  .object({
    member: MemberSelfSchema.nullable(),
    /** Send back as the X-CSRF-Token header on every state-changing request while signed in. */
    csrfToken: z.string().nullable(),
    /** True after a right password when the member must still give a second-factor code. */
    secondFactorRequired: z.boolean().nullish(),
  })
  .meta({ id: 'SessionView' });

/** The answer to a request whose outcome arrives by e-mail (it never says if an account exists). */
export const AcceptedSchema = z
  .object({ status: z.literal('accepted'), detail: z.string() })
  .meta({ id: 'Accepted' });

export const EmailBodySchema = z.strictObject({ email: EmailSchema });
export const TokenBodySchema = z.strictObject({ token: EmailTokenSchema });

export const PasswordResetConfirmBodySchema = z
  .strictObject({ token: EmailTokenSchema, password: NewPasswordSchema })
  .meta({ id: 'PasswordResetConfirmBody' });

export const UpdateSettingsBodySchema = z
  .strictObject({
    displayName: DisplayNameSchema.optional(),
    country: CountrySchema.optional(),
    language: LanguageSchema.optional(),
  })
  .meta({ id: 'UpdateSettingsBody' });

export const ChangePasswordBodySchema = z
  .strictObject({ currentPassword: CurrentPasswordSchema, newPassword: NewPasswordSchema })
  .meta({ id: 'ChangePasswordBody' });

export const ChangeEmailBodySchema = z
  .strictObject({ newEmail: EmailSchema, password: CurrentPasswordSchema })
  .meta({ id: 'ChangeEmailBody' });

export const SessionSummarySchema = z
  .object({
    id: z.uuid(),
    createdAt: z.iso.datetime(),
    lastSeenAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    userAgent: z.string().nullable(),
    isCurrent: z.boolean(),
  })
  .meta({ id: 'SessionSummary' });

export const SessionListSchema = z
  .object({ items: z.array(SessionSummarySchema) })
  .meta({ id: 'SessionList' });

export const SessionParamsSchema = z.strictObject({
  sessionId: z.uuid({ error: 'Session id must be a UUID' }),
});

export const OutboxMailSchema = z
  .object({
    id: z.uuid(),
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'OutboxMail' });

export const OutboxSchema = z.object({ items: z.array(OutboxMailSchema) }).meta({ id: 'Outbox' });

export type RegisterBody = z.infer<typeof RegisterBodySchema>;
export type SignInBody = z.infer<typeof SignInBodySchema>;
export type MemberSelf = z.infer<typeof MemberSelfSchema>;
export type SessionView = z.infer<typeof SessionViewSchema>;
export type Accepted = z.infer<typeof AcceptedSchema>;
export type UpdateSettingsBody = z.infer<typeof UpdateSettingsBodySchema>;
export type ChangePasswordBody = z.infer<typeof ChangePasswordBodySchema>;
export type ChangeEmailBody = z.infer<typeof ChangeEmailBodySchema>;
export type PasswordResetConfirmBody = z.infer<typeof PasswordResetConfirmBodySchema>;
export type SessionSummary = z.infer<typeof SessionSummarySchema>;
export type OutboxMail = z.infer<typeof OutboxMailSchema>;

const tags = ['accounts'];

export const accountRoutes = {
  register: defineRoute({
    method: 'POST',
    path: '/api/accounts',
    summary:
      'Register; a verification link is e-mailed. The answer is the same whether or not the e-mail is already registered.',
    tags,
    status: 202,
    body: RegisterBodySchema,
    response: AcceptedSchema,
  }),
  verifyEmail: defineRoute({
    method: 'POST',
    path: '/api/accounts/verification',
    summary: 'Confirm an e-mail address with the token from the link, and sign in',
    tags,
    body: TokenBodySchema,
    response: SessionViewSchema,
  }),
  resendVerification: defineRoute({
    method: 'POST',
    path: '/api/accounts/verification/resend',
    summary: 'Send the verification link again (if the address has an unverified account)',
    tags,
    status: 202,
    body: EmailBodySchema,
    response: AcceptedSchema,
  }),
  requestPasswordReset: defineRoute({
    method: 'POST',
    path: '/api/password-resets',
    summary: 'E-mail a password reset link (if the address has an account)',
    tags,
    status: 202,
    body: EmailBodySchema,
    response: AcceptedSchema,
  }),
  confirmPasswordReset: defineRoute({
    method: 'POST',
    path: '/api/password-resets/confirm',
    summary: 'Set a new password with the token from the link; ends every session, then signs in',
    tags,
    body: PasswordResetConfirmBodySchema,
    response: SessionViewSchema,
  }),
  signIn: defineRoute({
    method: 'POST',
    path: '/api/session',
    summary: 'Sign in; starts a new session and replaces any previous one on this browser',
    tags,
    body: SignInBodySchema,
    response: SessionViewSchema,
  }),
  session: defineRoute({
    method: 'GET',
    path: '/api/session',
    summary: 'Who is signed in on this browser (member is null for a visitor)',
    tags,
    response: SessionViewSchema,
  }),
  signOut: defineRoute({
    method: 'DELETE',
    path: '/api/session',
    summary: 'Sign out: ends the session on the server and clears the cookie',
    tags,
    status: 204,
    response: z.null(),
  }),
  listSessions: defineRoute({
    method: 'GET',
    path: '/api/sessions',
    summary: "The signed-in member's sessions (browsers and devices)",
    tags,
    response: SessionListSchema,
  }),
  revokeSession: defineRoute({
    method: 'DELETE',
    path: '/api/sessions/:sessionId',
    summary: 'End one of your sessions',
    tags,
    status: 204,
    params: SessionParamsSchema,
    response: z.null(),
  }),
  signOutEverywhere: defineRoute({
    method: 'DELETE',
    path: '/api/sessions',
    summary: 'Sign out everywhere: ends every session of the member, this one included',
    tags,
    status: 204,
    response: z.null(),
  }),
  updateSettings: defineRoute({
    method: 'PATCH',
    path: '/api/me',
    summary: 'Change display name, country or language',
    tags,
    body: UpdateSettingsBodySchema,
    response: MemberSelfSchema,
  }),
  changePassword: defineRoute({
    method: 'PUT',
    path: '/api/me/password',
    summary: 'Change password; every other session ends',
    tags,
    status: 204,
    body: ChangePasswordBodySchema,
    response: z.null(),
  }),
  changeEmail: defineRoute({
    method: 'POST',
    path: '/api/me/email',
    summary: 'Ask to change e-mail: a confirmation link goes to the new address',
    tags,
    status: 202,
    body: ChangeEmailBodySchema,
    response: AcceptedSchema,
  }),
  confirmEmailChange: defineRoute({
    method: 'POST',
    path: '/api/me/email/confirm',
    summary: 'Confirm the new e-mail address with the token from the link',
    tags,
    body: TokenBodySchema,
    response: MemberSelfSchema,
  }),
  outbox: defineRoute({
    method: 'GET',
    path: '/api/dev/outbox',
    summary:
      'Admins only, embedded mode without SMTP_URL: the e-mails the platform would have sent',
    tags: ['development'],
    response: OutboxSchema,
  }),
};

export type SessionList = z.infer<typeof SessionListSchema>;
export type Outbox = z.infer<typeof OutboxSchema>;
