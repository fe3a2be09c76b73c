// Accounts and sessions: registration, sign-in, sign-out and the current member.
import { z } from 'zod';
import { ROLES } from '@consilium/core';
import { defineRoute } from './route.js';

export const RoleSchema = z.enum(ROLES);

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

const EmailSchema = z
  .string({ error: 'E-mail is required' })
  .trim()
  .max(254, 'E-mail must be at most 254 characters')
  .pipe(z.email({ error: 'Enter a valid e-mail address, like name@example.org' }))
  .transform((email) => email.toLowerCase());

export const RegisterBodySchema = z
  .strictObject({
    email: EmailSchema,
    password: z
      .string({ error: 'Password is required' })
      .min(PASSWORD_MIN_LENGTH, `Password must be at least ${PASSWORD_MIN_LENGTH} characters`)
      .max(PASSWORD_MAX_LENGTH, `Password must be at most ${PASSWORD_MAX_LENGTH} characters`),
    displayName: z
      .string({ error: 'Display name is required' })
      .trim()
      .min(2, 'Display name must be at least 2 characters')
      .max(80, 'Display name must be at most 80 characters'),
  })
  .meta({ id: 'RegisterBody' });

export const SignInBodySchema = z
  .strictObject({
    email: EmailSchema,
    password: z
      .string({ error: 'Password is required' })
      .min(1, 'Password is required')
      .max(PASSWORD_MAX_LENGTH, `Password must be at most ${PASSWORD_MAX_LENGTH} characters`),
  })
  .meta({ id: 'SignInBody' });

export const MemberSelfSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    handle: z.string(),
    roles: z.array(RoleSchema),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'MemberSelf' });

export const SessionViewSchema = z
  .object({ member: MemberSelfSchema.nullable() })
  .meta({ id: 'SessionView' });

export type RegisterBody = z.infer<typeof RegisterBodySchema>;
export type SignInBody = z.infer<typeof SignInBodySchema>;
export type MemberSelf = z.infer<typeof MemberSelfSchema>;
export type SessionView = z.infer<typeof SessionViewSchema>;

export const accountRoutes = {
  register: defineRoute({
    method: 'POST',
    path: '/api/accounts',
    summary: 'Register a member with e-mail and password, and sign in',
    tags: ['accounts'],
    status: 201,
    body: RegisterBodySchema,
    response: SessionViewSchema,
  }),
  signIn: defineRoute({
    method: 'POST',
    path: '/api/session',
    summary: 'Sign in; starts a new session and replaces any previous one on this browser',
    tags: ['accounts'],
    body: SignInBodySchema,
    response: SessionViewSchema,
  }),
  session: defineRoute({
    method: 'GET',
    path: '/api/session',
    summary: 'Who is signed in on this browser (member is null for a visitor)',
    tags: ['accounts'],
    response: SessionViewSchema,
  }),
  signOut: defineRoute({
    method: 'DELETE',
    path: '/api/session',
    summary: 'Sign out: ends the session on the server and clears the cookie',
    tags: ['accounts'],
    status: 204,
    response: z.null(),
  }),
};
