// "Sign out everywhere" in two steps: the first click says what will happen and asks again.
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { describeFailure } from '../feedback/ProblemNotice';
import { withFlashNotice } from '../shell/FlashNotice';
import { useSignOutEverywhere } from './settingsQueries';

export function SignOutEverywhere() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOutEverywhere = useSignOutEverywhere();
  const [isConfirming, setIsConfirming] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (isConfirming) questionRef.current?.focus();
  }, [isConfirming]);

  if (!isConfirming) {
    return (
      <div className="sign-out-everywhere">
        <button
          type="button"
          className="button button--danger"
          onClick={() => {
            setIsConfirming(true);
          }}
        >
          {t('sessions.signOutEverywhere')}
        </button>
      </div>
    );
  }

  return (
    <div
      className="sign-out-everywhere sign-out-everywhere--confirming"
      role="group"
      aria-labelledby="sign-out-everywhere-question"
    >
      <p id="sign-out-everywhere-question" ref={questionRef} tabIndex={-1}>
        {t('sessions.signOutEverywhereQuestion')}
      </p>
      <div className="form__actions">
        <button
          type="button"
          className="button button--danger"
          disabled={signOutEverywhere.isPending}
          onClick={() => {
            signOutEverywhere.mutate(undefined, {
              onSuccess: () => {
                void navigate('/', { state: withFlashNotice('signedOutEverywhere') });
              },
            });
          }}
        >
          {signOutEverywhere.isPending
            ? t('sessions.signingOutEverywhere')
            : t('sessions.signOutEverywhere')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={signOutEverywhere.isPending}
          onClick={() => {
            setIsConfirming(false);
            signOutEverywhere.reset();
          }}
        >
          {t('actions.cancel')}
        </button>
      </div>
      <p className="settings__error" role="alert">
        {signOutEverywhere.isError
          ? t('sessions.signOutEverywhereFailed', {
              detail: describeFailure(signOutEverywhere.error, t),
            })
          : null}
      </p>
    </div>
  );
}
