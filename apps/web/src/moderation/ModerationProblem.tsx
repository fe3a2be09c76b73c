// A moderators' page that could not load. A refusal (403) is said in the server's words — for a
// moderator without two-factor sign-in, that it must be turned on — with the way to Settings.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/client';
import { useSession } from '../accounts/session';
import { ProblemNotice } from '../feedback/ProblemNotice';
import { isModerator } from './moderatorRole';

export interface ModerationProblemProps {
  summary: string;
  error: unknown;
  onRetry: () => void;
  isRetrying: boolean;
}

export function ModerationProblem({ summary, error, onRetry, isRetrying }: ModerationProblemProps) {
  const { t } = useTranslation();
  const session = useSession();
  const member = session.data?.member;
  // Only a moderator still without two-factor sign-in can fix the refusal in Settings.
  const canFixInSettings = isModerator(member) && member?.twoFactorEnabled === false;
  if (error instanceof ApiProblem && error.status === 403)
    return (
      <div className="notice notice--problem" role="alert">
        <p>{error.problem.detail}</p>
        {canFixInSettings ? (
          <p>
            <Link to="/settings">{t('moderation.openSettings')}</Link>
          </p>
        ) : null}
      </div>
    );
  return (
    <ProblemNotice summary={summary} error={error} onRetry={onRetry} isRetrying={isRetrying} />
  );
}
