// E-mails telling a member what a moderator decided about their verification, in their language.
import type { Mail } from '../platform/mail/mailer.js';

interface Recipient {
  email: string;
  displayName: string;
  language: string;
}

export type VerificationNews =
  | { kind: 'approved'; expiresAt: Date; message: string | null }
  | { kind: 'rejected'; message: string }
  | { kind: 'info-requested'; message: string }
  | { kind: 'revoked'; message: string }
  | { kind: 'suspended'; message: string }
  | { kind: 'reinstated' };

function day(date: Date, language: 'en' | 'es'): string {
  return new Intl.DateTimeFormat(language === 'es' ? 'es-ES' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(date);
}

function quoted(message: string | null): string {
  return message === null || message === '' ? '' : `\n\n> ${message.replace(/\n/g, '\n> ')}`;
}

/** One plain-text mail for each decision; the link leads to the member's verification page. */
export function verificationMail(to: Recipient, news: VerificationNews, link: string): Mail {
  const language = to.language === 'es' ? 'es' : 'en';
  const texts = {
    en: () => {
      switch (news.kind) {
        case 'approved':
          return {
            subject: 'Your Consilium verification was approved',
            body: `A moderator approved your verification. Your badge now shows on your profile, and it is valid until ${day(news.expiresAt, 'en')}.${quoted(news.message)}`,
          };
        case 'rejected':
          return {
            subject: 'Your Consilium verification was not approved',
            body: `A moderator could not approve your verification, for this reason:${quoted(news.message)}\n\nYou can apply again with corrected details.`,
          };
        case 'info-requested':
          return {
            subject: 'A moderator needs more information for your verification',
            body: `A moderator reviewing your verification asks:${quoted(news.message)}\n\nAnswer on your verification page; the application waits until you do.`,
          };
        case 'revoked':
          return {
            subject: 'Your Consilium verification was revoked',
            body: `A moderator revoked your verified badge, for this reason:${quoted(news.message)}`,
          };
        case 'suspended':
          return {
            subject: 'Your Consilium account was suspended',
            body: `A moderator suspended your account, for this reason:${quoted(news.message)}\n\nYou can still sign in, manage your account and download your data, but not post, suggest or vote.`,
          };
        case 'reinstated':
          return {
            subject: 'Your Consilium account is active again',
            body: 'A moderator lifted the suspension of your account. You can post, suggest and vote again.',
          };
      }
    },
    es: () => {
      switch (news.kind) {
        case 'approved':
          return {
            subject: 'Tu verificación en Consilium fue aprobada',
            body: `Un moderador aprobó tu verificación. Tu insignia ya aparece en tu perfil y es válida hasta el ${day(news.expiresAt, 'es')}.${quoted(news.message)}`,
          };
        case 'rejected':
          return {
            subject: 'Tu verificación en Consilium no fue aprobada',
            body: `Un moderador no pudo aprobar tu verificación, por este motivo:${quoted(news.message)}\n\nPuedes volver a solicitarla con los datos corregidos.`,
          };
        case 'info-requested':
          return {
            subject: 'Un moderador necesita más información para tu verificación',
            body: `Un moderador que revisa tu verificación pregunta:${quoted(news.message)}\n\nResponde en tu página de verificación; la solicitud espera hasta que lo hagas.`,
          };
        case 'revoked':
          return {
            subject: 'Tu verificación en Consilium fue revocada',
            body: `Un moderador revocó tu insignia de verificación, por este motivo:${quoted(news.message)}`,
          };
        case 'suspended':
          return {
            subject: 'Tu cuenta de Consilium fue suspendida',
            body: `Un moderador suspendió tu cuenta, por este motivo:${quoted(news.message)}\n\nPuedes iniciar sesión, gestionar tu cuenta y descargar tus datos, pero no publicar, sugerir ni votar.`,
          };
        case 'reinstated':
          return {
            subject: 'Tu cuenta de Consilium vuelve a estar activa',
            body: 'Un moderador levantó la suspensión de tu cuenta. Ya puedes publicar, sugerir y votar.',
          };
      }
    },
  }[language]();
  const greeting = language === 'es' ? `Hola, ${to.displayName}:` : `Hello ${to.displayName},`;
  return {
    to: to.email,
    subject: texts.subject,
    text: `${greeting}\n\n${texts.body}\n\n${link}\n\n— Consilium`,
  };
}
