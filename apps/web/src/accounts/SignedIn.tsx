// Shows its children only to a signed-in member: while the session loads, a status; if it
// cannot be checked, the problem with a retry; for a visitor, an invitation to sign in.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberSelf } from '@consilium/api';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { ProblemNotice } from '../feedback/ProblemNotice';
import { useSession } from './session';
import { SignInPrompt } from './SignInPrompt';

export function SignedIn({
  signInPrompt,
  children,
}: {
  /** Why the visitor should sign in, e.g. "Sign in to post a case." */
  signInPrompt: string;
  children: (member: MemberSelf) => ReactNode;
}) {
  const { t } = useTranslation();
  const session = useSession();
  if (session.isPending) return <LoadingStatus message={t('account.checking')} />;
  if (session.isError)
    return (
      <ProblemNotice
        summary={t('account.checkFailed')}
        error={session.error}
        onRetry={() => {
          void session.refetch();
        }}
      />
    );
  if (session.data.member === null) return <SignInPrompt message={signInPrompt} />;
  return children(session.data.member);
}
