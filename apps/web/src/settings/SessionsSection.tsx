// Where the member is signed in: each session with its browser, when it started, was last
// used and expires; ending one, or all of them at once.
import { useId } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { SessionSummary } from '@consilium/api';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { describeFailure, ProblemNotice } from '../feedback/ProblemNotice';
import { formatDateTime } from '../i18n/format';
import { RelativeTime } from '../i18n/RelativeTime';
import { withFlashNotice } from '../shell/FlashNotice';
import { SignOutEverywhere } from './SignOutEverywhere';
import { useRevokeSession, useSessions } from './settingsQueries';
import { summariseUserAgent } from './userAgent';

export function SessionsSection() {
  const { t } = useTranslation();
  const sessions = useSessions();
  const navigate = useNavigate();
  const revoke = useRevokeSession();

  let content;
  if (sessions.isPending) content = <LoadingStatus message={t('sessions.loading')} />;
  else if (sessions.isError)
    content = (
      <ProblemNotice
        summary={t('sessions.loadFailed')}
        error={sessions.error}
        isRetrying={sessions.isFetching}
        onRetry={() => {
          void sessions.refetch();
        }}
      />
    );
  else if (sessions.data.items.length === 0) content = <p>{t('sessions.empty')}</p>;
  else
    content = (
      <ul className="session-list" aria-label={t('sessions.listLabel')}>
        {sessions.data.items.map((session) => (
          <SessionRow
            key={session.id}
            session={session}
            isEnding={revoke.isPending && revoke.variables.sessionId === session.id}
            onEnd={() => {
              revoke.mutate(
                { sessionId: session.id, isCurrent: session.isCurrent },
                {
                  onSuccess: () => {
                    if (session.isCurrent) {
                      void navigate('/', { state: withFlashNotice('sessionEnded') });
                    }
                  },
                },
              );
            }}
          />
        ))}
      </ul>
    );

  return (
    <section className="settings__section" aria-labelledby="settings-sessions">
      <h2 id="settings-sessions">{t('sessions.heading')}</h2>
      <p className="settings__lead">{t('sessions.lead')}</p>
      {content}
      <p className="settings__error" role="alert">
        {revoke.isError
          ? t('sessions.endFailed', { detail: describeFailure(revoke.error, t) })
          : null}
      </p>
      <SignOutEverywhere />
    </section>
  );
}

function SessionRow({
  session,
  isEnding,
  onEnd,
}: {
  session: SessionSummary;
  isEnding: boolean;
  onEnd: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const nameId = useId();
  return (
    <li className="session" data-testid="session">
      <p className="session__name" id={nameId}>
        <span>{agentName(session.userAgent, t)}</span>
        {session.isCurrent ? (
          <span className="badge badge--current">{t('sessions.thisBrowser')}</span>
        ) : null}
      </p>
      <dl className="session__facts">
        <div>
          <dt>{t('sessions.started')}</dt>
          <dd>{formatDateTime(new Date(session.createdAt), language)}</dd>
        </div>
        <div>
          <dt>{t('sessions.lastSeen')}</dt>
          <dd>
            <RelativeTime iso={session.lastSeenAt} />
          </dd>
        </div>
        <div>
          <dt>{t('sessions.expires')}</dt>
          <dd>{formatDateTime(new Date(session.expiresAt), language)}</dd>
        </div>
      </dl>
      <button
        type="button"
        className="button button--secondary button--small"
        aria-describedby={nameId}
        disabled={isEnding}
        onClick={onEnd}
      >
        {isEnding ? t('sessions.ending') : t('sessions.end')}
      </button>
      {session.isCurrent ? <p className="session__hint">{t('sessions.endCurrentHint')}</p> : null}
    </li>
  );
}

/** "Firefox on Linux", in words a person recognises. */
function agentName(userAgent: string | null, t: TFunction): string {
  const { browser, system } = summariseUserAgent(userAgent);
  if (browser === null) return t('sessions.unknownBrowser');
  return system === null ? browser : t('sessions.browserOnSystem', { browser, system });
}
