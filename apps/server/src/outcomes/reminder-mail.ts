// The e-mail that asks a case's owner, weeks after it closed, what the diagnosis turned out to be.
// Plain text, in the member's language; it names no case content, only links to the case.
import type { Language } from '@consilium/core';
import type { Mail } from '../platform/mail/mailer.js';

interface Recipient {
  email: string;
  displayName: string;
  language: string;
}

export function outcomeReminderMail(to: Recipient, caseLink: string): Mail {
  const language: Language = to.language === 'es' ? 'es' : 'en';
  const texts = {
    en: {
      subject: 'Was the diagnosis confirmed?',
      body: `Hello ${to.displayName},\n\nOne of your cases on Consilium closed a few weeks ago. Was the diagnosis confirmed? Record it on ${caseLink}\n\nWhat it turned out to be shows the members who helped how close they came, and teaches everyone who reads the case after you.`,
    },
    es: {
      subject: '¿Se confirmó el diagnóstico?',
      body: `Hola, ${to.displayName}:\n\nUno de tus casos en Consilium se cerró hace unas semanas. ¿Se confirmó el diagnóstico? Regístralo en ${caseLink}\n\nSaber en qué quedó muestra a quienes te ayudaron cuánto se acercaron, y enseña a todos los que lean el caso después.`,
    },
  }[language];
  return { to: to.email, subject: texts.subject, text: `${texts.body}\n\n— Consilium` };
}
