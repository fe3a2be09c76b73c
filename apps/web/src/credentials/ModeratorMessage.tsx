// The moderators' last words on an application: their question, or the reason for a refusal.
import { useTranslation } from 'react-i18next';
import type { CredentialStatus } from '@consilium/api';

export function ModeratorMessage({
  status,
  message,
}: {
  status: CredentialStatus;
  message: string | null;
}) {
  const { t } = useTranslation();
  if (message === null) return null;
  let lead;
  switch (status) {
    case 'needs-info':
      lead = t('credentials.moderatorAsks');
      break;
    case 'rejected':
    case 'revoked':
      lead = t('credentials.moderatorReason');
      break;
    case 'pending':
    case 'approved':
    case 'expired':
    case 'withdrawn':
    case 'superseded':
      lead = t('credentials.moderatorNote');
      break;
  }
  const isQuestion = status === 'needs-info';
  return (
    <div className={isQuestion ? 'notice moderator-message' : 'moderator-message'}>
      <p className="moderator-message__lead">{lead}</p>
      <blockquote className="moderator-message__text">{message}</blockquote>
    </div>
  );
}
