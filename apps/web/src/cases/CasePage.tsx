// One case: what the author described (for a patient case, the questionnaire too; for a clinical
// case, the question asked), its history and, for its owner, a way to manage it (and, while it
// closes, to rate the suggestions); the way to its report once closing; then the crowd's
// collective diagnosis and the discussion; its label, activity, images, and Follow and Bookmark
// for signed-in readers. A draft is shown only to its author, with a way back to
// editing it.
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AuthorLink } from '../profiles/AuthorLink';
import { CaseParamsSchema } from '@consilium/api';
import type { CaseDetail } from '@consilium/api';
import { ApiProblem } from '../api/client';
import { useSession } from '../accounts/session';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { ProblemNotice } from '../feedback/ProblemNotice';
import { RelativeTime } from '../i18n/RelativeTime';
import { usePageTitle } from '../feedback/usePageTitle';
import { NotFoundPage } from '../shell/NotFoundPage';
import { SuggestionsSection } from '../suggestions/SuggestionsSection';
import { DiscussionSection } from '../discussion/DiscussionSection';
import { QuestionnaireView } from '../questionnaire/QuestionnaireView';
import { CaseStatusBadge } from './CaseStatusBadge';
import { OpenUntil } from './OpenUntil';
import { CaseHistory, HISTORY_ID } from './CaseHistory';
import { CaseManagement } from './CaseManagement';
import { AnonymousMarker, AudienceLabel, KindLabel, LabelBadge, SpecialtyTags } from './CaseTags';
import { CaseEngagement } from './CaseEngagement';
import { CaseImages } from './CaseImages';
import { PlainText } from '../text/PlainText';
import { CaseStudySection } from '../case-study/CaseStudySection';
import { CaseReportSection } from '../outcomes/CaseReportSection';
import { ClosingReview } from '../outcomes/ClosingReview';
import { PageSpecialty } from '../paging/PageSpecialty';
import { useCase } from './caseQueries';

export function CasePage() {
  const { caseId = '' } = useParams();
  // An id that cannot exist is answered here, without asking the server.
  if (!CaseParamsSchema.safeParse({ caseId }).success) return <NotFoundPage what="case" />;
  return <LoadedCasePage key={caseId} caseId={caseId} />;
}

function LoadedCasePage({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const caseQuery = useCase(caseId);
  usePageTitle(caseQuery.data?.title ?? t('casePage.loadingTitle'));

  if (caseQuery.isPending) {
    return (
      <section className="page">
        <h1 className="visually-hidden">{t('casePage.loadingTitle')}</h1>
        <LoadingStatus message={t('casePage.loading')} />
      </section>
    );
  }
  if (caseQuery.isError) {
    if (caseQuery.error instanceof ApiProblem && caseQuery.error.status === 404) {
      return <NotFoundPage what="case" />;
    }
    return (
      <section className="page">
        <h1>{t('casePage.loadFailedHeading')}</h1>
        <ProblemNotice
          summary={t('casePage.loadFailed')}
          error={caseQuery.error}
          isRetrying={caseQuery.isFetching}
          onRetry={() => {
            void caseQuery.refetch();
          }}
        />
      </section>
    );
  }
  return <CaseView caseDetail={caseQuery.data} />;
}

function CaseView({ caseDetail }: { caseDetail: CaseDetail }) {
  const { t } = useTranslation();
  const session = useSession();
  const isSignedIn = Boolean(session.data?.member);
  const isDraft = caseDetail.status === 'draft';
  const isEdited = caseDetail.revision > 1;
  return (
    <div className="page page--case">
      <article className="case">
        <CaseHeader caseDetail={caseDetail} />
        {isDraft ? null : <CaseEngagement caseDetail={caseDetail} />}
        {isDraft && caseDetail.isOwn ? (
          <div className="notice case__draft">
            <p>{t('casePage.draftNotice')}</p>
            <p className="notice__actions">
              <Link className="button" to={`/cases/${caseDetail.id}/edit`}>
                {t('casePage.continueEditing')}
              </Link>
            </p>
          </div>
        ) : null}
        {caseDetail.question === null ? null : (
          <section className="case__question" aria-labelledby="case-question">
            <h2 id="case-question">{t('casePage.question')}</h2>
            <PlainText text={caseDetail.question} />
          </section>
        )}
        <h2 className="visually-hidden">{t('casePage.presentation')}</h2>
        <PlainText className="case__presentation" text={caseDetail.presentation} />
        {caseDetail.questionnaire ? (
          <QuestionnaireView questionnaire={caseDetail.questionnaire} omitComplaint />
        ) : null}
        <CaseImages caseDetail={caseDetail} />
      </article>
      {isDraft ? null : <CaseStudySection caseDetail={caseDetail} isSignedIn={isSignedIn} />}
      {caseDetail.isOwn && caseDetail.status === 'closing' ? (
        <ClosingReview caseDetail={caseDetail} />
      ) : null}
      <CaseReportSection caseDetail={caseDetail} />
      {caseDetail.isOwn && !isDraft ? <CaseManagement caseDetail={caseDetail} /> : null}
      {caseDetail.abilities.canPage ? <PageSpecialty caseDetail={caseDetail} /> : null}
      {isEdited ? <CaseHistory caseId={caseDetail.id} /> : null}
      {isDraft ? null : <SuggestionsSection caseDetail={caseDetail} isSignedIn={isSignedIn} />}
      {isDraft ? null : <DiscussionSection caseDetail={caseDetail} isSignedIn={isSignedIn} />}
    </div>
  );
}

function CaseHeader({ caseDetail }: { caseDetail: CaseDetail }) {
  const { t } = useTranslation();
  const { author } = caseDetail;
  return (
    <header className="case__header">
      <p className="case__kind">
        {caseDetail.status === 'draft' ? null : <LabelBadge label={caseDetail.label} />}
        <KindLabel kind={caseDetail.kind} />
        <AudienceLabel audience={caseDetail.audience} />
      </p>
      <h1>{caseDetail.title}</h1>
      <p className="case__meta">
        <CaseStatusBadge status={caseDetail.status} />
        {caseDetail.isOwn ? (
          <span>{t('casePage.postedByYou')}</span>
        ) : (
          <AuthorLink author={author} />
        )}
        <AnonymousMarker isAnonymous={author.anonymous} />
        <RelativeTime iso={caseDetail.publishedAt ?? caseDetail.createdAt} />
        <OpenUntil status={caseDetail.status} closesAt={caseDetail.closesAt} />
        {caseDetail.revision > 1 ? (
          <span>
            {t('casePage.edited', { revision: caseDetail.revision })}{' '}
            <a href={`#${HISTORY_ID}`}>{t('casePage.historyLink')}</a>
          </span>
        ) : null}
      </p>
      {caseDetail.isOwn && author.anonymous ? (
        <p className="case__pseudonym">{t('casePage.shownAs', { name: author.displayName })}</p>
      ) : null}
      <SpecialtyTags specialties={caseDetail.specialties} />
    </header>
  );
}
