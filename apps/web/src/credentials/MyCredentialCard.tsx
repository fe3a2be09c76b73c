// One of the member's applications: where it stands, what the moderators said, its fields and
// history, and what the member may still do with it.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CredentialView } from '@consilium/api';
import { formatDate, formatFileSize } from '../i18n/format';
import { ApplicationForm } from './ApplicationForm';
import type { SendOutcome } from './ApplicationForm';
import { OutcomeNotice } from './ApplySection';
import { applicationValuesOf } from './applicationValues';
import { AttachEvidenceForm } from './AttachEvidenceForm';
import { CredentialDetails } from './CredentialDetails';
import { CredentialHistory } from './CredentialHistory';
import { subjectTitle } from './credentialLabels';
import { useResubmitCredential } from './credentialQueries';
import { CredentialStatusBadge } from './CredentialStatusBadge';
import { evidenceTypeName } from './evidenceFile';
import { ModeratorMessage } from './ModeratorMessage';
import { WithdrawControl } from './WithdrawControl';

export function MyCredentialCard({ credential }: { credential: CredentialView }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const language = i18n.resolvedLanguage ?? 'en';
  const [outcome, setOutcome] = useState<SendOutcome | null>(null);
  const { abilities, evidence } = credential;

  return (
    <li className="credential">
      <article aria-labelledby={headingId}>
        <header className="credential__header">
          <h3 id={headingId} className="credential__title">
            {subjectTitle(t, credential)}
          </h3>
          <CredentialStatusBadge status={credential.status} />
        </header>
        <p className="credential__meta">
          {t('myCredentials.submittedOn', {
            date: formatDate(new Date(credential.submittedAt), language),
          })}
        </p>
        <ValidityNote credential={credential} />
        <ModeratorMessage status={credential.status} message={credential.moderatorMessage} />
        <CredentialDetails
          credential={credential}
          evidence={
            evidence === null
              ? t('credentials.noEvidence')
              : t('credentials.evidenceSummary', {
                  name: evidence.fileName,
                  type: evidenceTypeName(evidence.contentType),
                  size: formatFileSize(evidence.bytes, language),
                })
          }
        />
        <p className="credential__privacy">{t('verification.evidencePrivacy')}</p>
        <div role="status">{outcome ? <OutcomeNotice outcome={outcome} /> : null}</div>
        {abilities.canResubmit ? (
          <ResubmitSection credential={credential} onSent={setOutcome} />
        ) : null}
        {abilities.canAttachEvidence ? <AttachEvidenceForm credentialId={credential.id} /> : null}
        {abilities.canWithdraw ? <WithdrawControl credentialId={credential.id} /> : null}
        <CredentialHistory history={credential.history} headingLevel={4} />
      </article>
    </li>
  );
}

function ValidityNote({ credential }: { credential: CredentialView }) {
  const { t, i18n } = useTranslation();
  const { expiresAt, status } = credential;
  if (expiresAt === null || (status !== 'approved' && status !== 'expired')) return null;
  const date = formatDate(new Date(expiresAt), i18n.resolvedLanguage ?? 'en');
  return (
    <p className="credential__validity">
      {status === 'expired'
        ? t('myCredentials.expiredOn', { date })
        : t('myCredentials.verifiedUntil', { date })}
    </p>
  );
}

/** The form to answer a moderator's question, prefilled with the application as it stands. */
function ResubmitSection({
  credential,
  onSent,
}: {
  credential: CredentialView;
  onSent: (outcome: SendOutcome) => void;
}) {
  const { t } = useTranslation();
  const resubmit = useResubmitCredential(credential.id);
  const [isOpen, setIsOpen] = useState(credential.status === 'needs-info');
  const headingId = useId();

  if (!isOpen)
    return (
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          setIsOpen(true);
        }}
      >
        {t('myCredentials.openResubmit')}
      </button>
    );
  return (
    <section className="credential__resubmit" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('myCredentials.resubmitHeading')}</h4>
      <p className="settings__lead">{t('myCredentials.resubmitLead')}</p>
      <ApplicationForm
        initialValues={applicationValuesOf(credential)}
        kindChoice={null}
        submitLabel={t('myCredentials.resubmit')}
        offersEvidence={false}
        save={resubmit.mutateAsync}
        onSent={(outcome) => {
          onSent(outcome);
          setIsOpen(false);
        }}
      />
    </section>
  );
}
