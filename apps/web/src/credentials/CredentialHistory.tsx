// What happened to an application, oldest first, with the words that came with each step.
import { useTranslation } from 'react-i18next';
import type { CredentialEvent } from '@consilium/api';
import { formatDateTime } from '../i18n/format';
import { eventName } from './credentialLabels';

export function CredentialHistory({
  history,
  headingLevel = 3,
}: {
  history: readonly CredentialEvent[];
  headingLevel?: 3 | 4;
}) {
  const { t, i18n } = useTranslation();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <div className="credential-history">
      <Heading className="credential-history__heading">{t('credentials.historyHeading')}</Heading>
      <ol className="credential-history__list">
        {history.map((event, index) => (
          <li key={`${event.at}-${String(index)}`} className="credential-history__event">
            <span className="credential-history__action">{eventName(t, event.action)}</span>{' '}
            <time className="credential-history__time" dateTime={event.at}>
              {formatDateTime(new Date(event.at), language)}
            </time>
            {event.message === null ? null : (
              <blockquote className="credential-history__message">{event.message}</blockquote>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
