// One application under review: who applied, what they claim, the evidence to download, their
// earlier applications and the history; then the decisions the moderator may take.
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { buildPath, routes } from '@consilium/api';
import type { CredentialReview } from '@consilium/api';
import { ApiProblem } from '../api/client';
import { SignedIn } from '../accounts/SignedIn';
import { CredentialDetails } from '../credentials/CredentialDetails';
import { CredentialHistory } from '../credentials/CredentialHistory';
import { subjectTitle } from '../credentials/credentialLabels';
import { CredentialStatusBadge } from '../credentials/CredentialStatusBadge';
import { evidenceTypeName } from '../credentials/evidenceFile';
import { ModeratorMessage } from '../credentials/ModeratorMessage';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { usePageTitle } from '../feedback/usePageTitle';
import { formatDate, formatFileSize } from '../i18n/format';
import { ApplicantFacts, EarlierApplications } from './ApplicantFacts';
import { QUEUE_PATH } from './CredentialQueuePage';
import { DecisionForm } from './DecisionForm';
import type { Decision } from './DecisionForm';
import { ModerationProblem } from './ModerationProblem';
import { useCredentialReview } from './moderationQueries';

export function CredentialReviewPage() {
  const { t } = useTranslation();
  const credentialId = useParams().credentialId ?? '';

  const content = (
    <SignedIn signInPrompt={t('queue.signInPrompt')}>
      {() => <Review key={credentialId} credentialId={credentialId} />}
    </SignedIn>
  );

  return (
    <section className="page page--narrow review">
      <p className="review__back">
        <Link to={QUEUE_PATH}>{t('review.backToQueue')}</Link>
      </p>
      {content}
    </section>
  );
}

function Review({ credentialId }: { credentialId: string }) {
  const { t } = useTranslation();
  const review = useCredentialReview(credentialId);
  const [decided, setDecided] = useState<Decision | null>(null);
  const name = review.data?.applicant.displayName;
  usePageTitle(name === undefined ? t('review.title') : t('review.heading', { name }));

  if (review.isPending) return <LoadingStatus message={t('review.loading')} />;
  if (review.isError) {
    if (review.error instanceof ApiProblem && review.error.status === 404)
      return (
        <>
          <h1>{t('review.title')}</h1>
          <p className="notice">{t('review.notFound')}</p>
        </>
      );
    return (
      <>
        <h1>{t('review.title')}</h1>
        <ModerationProblem
          summary={t('review.loadFailed')}
          error={review.error}
          isRetrying={review.isFetching}
          onRetry={() => {
            void review.refetch();
          }}
        />
      </>
    );
  }

  const { credential, applicant, earlier } = review.data;
  return (
    <>
      <h1>{t('review.heading', { name: applicant.displayName })}</h1>
      <div role="status">
        {decided === null ? null : (
          <p className="notice notice--success">{t(`review.decided.${decided}`)}</p>
        )}
      </div>
      <section className="settings__section" aria-labelledby="review-applicant">
        <h2 id="review-applicant">{t('review.applicantHeading')}</h2>
        <ApplicantFacts applicant={applicant} />
      </section>
      <ApplicationSection review={review.data} />
      <section className="settings__section" aria-labelledby="review-earlier">
        <h2 id="review-earlier">{t('review.earlierHeading')}</h2>
        <EarlierApplications earlier={earlier} />
      </section>
      <section className="settings__section" aria-labelledby="review-decision">
        <h2 id="review-decision">{t('review.decisionHeading')}</h2>
        <Decisions
          key={credential.status}
          review={review.data}
          onDecided={(_review, decision) => {
            setDecided(decision);
          }}
        />
      </section>
    </>
  );
}

function ApplicationSection({ review }: { review: CredentialReview }) {
  const { t, i18n } = useTranslation();
  const { credential } = review;
  const language = i18n.resolvedLanguage ?? 'en';
  const { evidence } = credential;
  return (
    <section className="settings__section" aria-labelledby="review-application">
      <h2 id="review-application">{t('review.applicationHeading')}</h2>
      <p className="credential__header">
        <span className="credential__title">{subjectTitle(t, credential)}</span>
        <CredentialStatusBadge status={credential.status} />
      </p>
      <p className="credential__meta">
        {t('myCredentials.submittedOn', {
          date: formatDate(new Date(credential.submittedAt), language),
        })}
        {credential.expiresAt === null
          ? null
          : ` · ${t('myCredentials.verifiedUntil', {
              date: formatDate(new Date(credential.expiresAt), language),
            })}`}
      </p>
      <ModeratorMessage status={credential.status} message={credential.moderatorMessage} />
      <CredentialDetails
        credential={credential}
        evidence={
          evidence === null ? (
            t('credentials.noEvidence')
          ) : (
            <>
              <a
                href={buildPath(routes.credentials.evidence.path, { credentialId: credential.id })}
                download={evidence.fileName}
              >
                {t('review.downloadEvidence', { name: evidence.fileName })}
              </a>{' '}
              <span className="review__evidence-meta">
                {t('review.evidenceMeta', {
                  type: evidenceTypeName(evidence.contentType),
                  size: formatFileSize(evidence.bytes, language),
                })}
              </span>
            </>
          )
        }
      />
      <CredentialHistory history={credential.history} />
    </section>
  );
}

function Decisions({
  review,
  onDecided,
}: {
  review: CredentialReview;
  onDecided: (review: CredentialReview, decision: Decision) => void;
}) {
  const { t } = useTranslation();
  const { abilities, credential } = review;
  const allowed: Decision[] = [];
  if (abilities.canApprove) allowed.push('approve');
  if (abilities.canRequestInfo) allowed.push('request-info');
  if (abilities.canReject) allowed.push('reject');
  if (abilities.canRevoke) allowed.push('revoke');
  if (allowed.length === 0) return <p>{t('review.noDecision')}</p>;
  return (
    <div className="decisions">
      {allowed.map((decision) => (
        <DecisionForm
          key={decision}
          credentialId={credential.id}
          decision={decision}
          onDecided={onDecided}
        />
      ))}
    </div>
  );
}
