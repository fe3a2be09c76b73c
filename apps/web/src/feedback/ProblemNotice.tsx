// Says in words what went wrong while loading something, with a way to try again.
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiProblem } from '../api/client';

/** The sentence to show for a failure: the server's detail, or a general apology. */
export function describeFailure(error: unknown, t: TFunction): string {
  return error instanceof ApiProblem ? error.problem.detail : t('problems.unexpected');
}

export interface ProblemNoticeProps {
  /** What could not be done, e.g. "We couldn't load the cases." */
  summary: string;
  error: unknown;
  onRetry?: () => void;
  isRetrying?: boolean;
}

export function ProblemNotice({ summary, error, onRetry, isRetrying = false }: ProblemNoticeProps) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--problem" role="alert">
      <p className="notice__summary">{summary}</p>
      <p>{describeFailure(error, t)}</p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry} disabled={isRetrying}>
          {isRetrying ? t('actions.retrying') : t('actions.retry')}
        </button>
      ) : null}
    </div>
  );
}
