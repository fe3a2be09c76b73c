// Where an application stands, as a small labelled badge.
import { useTranslation } from 'react-i18next';
import type { CredentialStatus } from '@consilium/api';
import { statusName } from './credentialLabels';

export function CredentialStatusBadge({ status }: { status: CredentialStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge credential-status credential-status--${status}`}>
      {statusName(t, status)}
    </span>
  );
}
