// For admins of an instance without SMTP_URL: the e-mails the platform would have sent, with
// their links clickable, so sign-up and password resets can be tried without a mail server.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { routes } from '@consilium/api';
import type { OutboxMail } from '@consilium/api';
import { ApiProblem, callApi } from '../api/client';
import { useSession } from '../accounts/session';
import { SignInPrompt } from '../accounts/SignInPrompt';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { ProblemNotice } from '../feedback/ProblemNotice';
import { usePageTitle } from '../feedback/usePageTitle';
import { formatDateTime } from '../i18n/format';
import { LinkedText } from '../text/LinkedText';

export const outboxKey = ['dev', 'outbox'] as const;

export function OutboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('outbox.heading'));
  const session = useSession();
  const isMember = session.isSuccess && session.data.member !== null;

  let content;
  if (session.isPending) content = <LoadingStatus message={t('account.checking')} />;
  else if (session.isError)
    content = (
      <ProblemNotice
        summary={t('account.checkFailed')}
        error={session.error}
        onRetry={() => {
          void session.refetch();
        }}
      />
    );
  else if (!isMember) content = <SignInPrompt message={t('outbox.signInPrompt')} />;
  else content = <OutboxMails isAdmin={session.data.member?.roles.includes('admin') === true} />;

  return (
    <section className="page outbox">
      <h1>{t('outbox.heading')}</h1>
      <p className="page__lead">{t('outbox.lead')}</p>
      {content}
    </section>
  );
}

function OutboxMails({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useTranslation();
  const outbox = useQuery({
    queryKey: outboxKey,
    queryFn: ({ signal }) => callApi(routes.accounts.outbox, {}, { signal }),
  });

  if (outbox.isPending) return <LoadingStatus message={t('outbox.loading')} />;
  if (outbox.isError) {
    const status = outbox.error instanceof ApiProblem ? outbox.error.status : 0;
    if (status === 404) return <p className="notice">{t('outbox.disabled')}</p>;
    // An admin is refused only while two-factor sign-in is off: say where to turn it on.
    if (status === 403 && isAdmin)
      return (
        <p className="notice notice--problem">
          {t('outbox.needsTwoFactor')} <Link to="/settings">{t('outbox.openSettings')}</Link>
        </p>
      );
    if (status === 403) return <p className="notice notice--problem">{t('outbox.adminsOnly')}</p>;
    return (
      <ProblemNotice
        summary={t('outbox.loadFailed')}
        error={outbox.error}
        isRetrying={outbox.isFetching}
        onRetry={() => {
          void outbox.refetch();
        }}
      />
    );
  }
  return (
    <>
      <p className="notice__actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={outbox.isFetching}
          onClick={() => {
            void outbox.refetch();
          }}
        >
          {outbox.isFetching ? t('outbox.refreshing') : t('outbox.refresh')}
        </button>
      </p>
      {outbox.data.items.length === 0 ? (
        <p className="empty-state">{t('outbox.empty')}</p>
      ) : (
        <ol className="outbox__list" aria-label={t('outbox.listLabel')}>
          {outbox.data.items.map((mail) => (
            <OutboxItem key={mail.id} mail={mail} />
          ))}
        </ol>
      )}
    </>
  );
}

function OutboxItem({ mail }: { mail: OutboxMail }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="outbox__mail" data-testid="outbox-mail">
      <h2 className="outbox__subject">{mail.subject}</h2>
      <dl className="outbox__meta">
        <div>
          <dt>{t('outbox.to')}</dt>
          <dd>{mail.to}</dd>
        </div>
        <div>
          <dt>{t('outbox.sent')}</dt>
          <dd>
            <time dateTime={mail.createdAt}>
              {formatDateTime(new Date(mail.createdAt), i18n.resolvedLanguage ?? 'en')}
            </time>
          </dd>
        </div>
      </dl>
      <pre className="outbox__text">
        <LinkedText text={mail.text} />
      </pre>
    </li>
  );
}
