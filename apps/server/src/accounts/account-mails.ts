// The texts of account e-mails, in the member's language. Plain text: no tracking, no HTML.
import type { Language } from '@consilium/core';
import type { Mail } from '../platform/mail/mailer.js';

interface Recipient {
  email: string;
  displayName: string;
  language: string;
}

function lang(recipient: Recipient): Language {
  return recipient.language === 'es' ? 'es' : 'en';
}

const sign = { en: '— Consilium', es: '— Consilium' };

export function verificationMail(to: Recipient, link: string): Mail {
  const texts = {
    en: {
      subject: 'Confirm your e-mail address for Consilium',
      body: `Hello ${to.displayName},\n\nConfirm your e-mail address to finish creating your Consilium account:\n\n${link}\n\nThe link works once and expires in 48 hours. If you did not register, ignore this e-mail.`,
    },
    es: {
      subject: 'Confirma tu correo electrónico en Consilium',
      body: `Hola, ${to.displayName}:\n\nConfirma tu dirección de correo para terminar de crear tu cuenta de Consilium:\n\n${link}\n\nEl enlace funciona una vez y caduca en 48 horas. Si no te registraste, ignora este correo.`,
    },
  }[lang(to)];
  return { to: to.email, subject: texts.subject, text: `${texts.body}\n\n${sign[lang(to)]}` };
}

export function alreadyRegisteredMail(to: Recipient, signInLink: string, resetLink: string): Mail {
  const texts = {
    en: {
      subject: 'Someone tried to register with your e-mail address',
      body: `Hello ${to.displayName},\n\nSomeone (perhaps you) tried to create a Consilium account with this address, which already has one. Nothing was changed.\n\nSign in: ${signInLink}\nForgot your password? ${resetLink}`,
    },
    es: {
      subject: 'Alguien intentó registrarse con tu correo',
      body: `Hola, ${to.displayName}:\n\nAlguien (quizá tú) intentó crear una cuenta de Consilium con esta dirección, que ya tiene una. No se ha cambiado nada.\n\nIniciar sesión: ${signInLink}\n¿Olvidaste tu contraseña? ${resetLink}`,
    },
  }[lang(to)];
  return { to: to.email, subject: texts.subject, text: `${texts.body}\n\n${sign[lang(to)]}` };
}

export function passwordResetMail(to: Recipient, link: string): Mail {
  const texts = {
    en: {
      subject: 'Reset your Consilium password',
      body: `Hello ${to.displayName},\n\nTo choose a new password, open this link:\n\n${link}\n\nThe link works once and expires in one hour. Setting a new password signs you out everywhere. If you did not ask for this, ignore this e-mail: your password stays the same.`,
    },
    es: {
      subject: 'Restablece tu contraseña de Consilium',
      body: `Hola, ${to.displayName}:\n\nPara elegir una contraseña nueva, abre este enlace:\n\n${link}\n\nEl enlace funciona una vez y caduca en una hora. Al cambiarla se cerrarán todas tus sesiones. Si no lo pediste, ignora este correo: tu contraseña no cambia.`,
    },
  }[lang(to)];
  return { to: to.email, subject: texts.subject, text: `${texts.body}\n\n${sign[lang(to)]}` };
}

export function confirmNewEmailMail(to: Recipient, newEmail: string, link: string): Mail {
  const texts = {
    en: {
      subject: 'Confirm your new e-mail address for Consilium',
      body: `Hello ${to.displayName},\n\nConfirm that ${newEmail} is your new Consilium e-mail address:\n\n${link}\n\nThe link works once and expires in 24 hours.`,
    },
    es: {
      subject: 'Confirma tu nuevo correo en Consilium',
      body: `Hola, ${to.displayName}:\n\nConfirma que ${newEmail} es tu nuevo correo de Consilium:\n\n${link}\n\nEl enlace funciona una vez y caduca en 24 horas.`,
    },
  }[lang(to)];
  return { to: newEmail, subject: texts.subject, text: `${texts.body}\n\n${sign[lang(to)]}` };
}

export function emailChangedNoticeMail(to: Recipient, newEmail: string): Mail {
  const texts = {
    en: {
      subject: 'Your Consilium e-mail address was changed',
      body: `Hello ${to.displayName},\n\nThe e-mail address of your Consilium account is now ${newEmail}. If you did not do this, reply to your instance's administrators at once.`,
    },
    es: {
      subject: 'Se cambió el correo de tu cuenta de Consilium',
      body: `Hola, ${to.displayName}:\n\nEl correo de tu cuenta de Consilium es ahora ${newEmail}. Si no fuiste tú, avisa de inmediato a los administradores de tu instancia.`,
    },
  }[lang(to)];
  return { to: to.email, subject: texts.subject, text: `${texts.body}\n\n${sign[lang(to)]}` };
}
