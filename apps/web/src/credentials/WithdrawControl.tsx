// "Withdraw application" in two steps: the first click says what will happen and asks again.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFailure } from '../feedback/ProblemNotice';
import { useWithdrawCredential } from './credentialQueries';

export function WithdrawControl({ credentialId }: { credentialId: string }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawCredential(credentialId);
  const [isConfirming, setIsConfirming] = useState(false);
  const questionId = useId();
  const questionRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (isConfirming) questionRef.current?.focus();
  }, [isConfirming]);

  if (!isConfirming)
    return (
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          setIsConfirming(true);
        }}
      >
        {t('myCredentials.withdraw')}
      </button>
    );

  return (
    <div className="confirmation" role="group" aria-labelledby={questionId}>
      <p id={questionId} ref={questionRef} tabIndex={-1}>
        {t('myCredentials.withdrawQuestion')}
      </p>
      <div className="form__actions">
        <button
          type="button"
          className="button button--danger"
          disabled={withdraw.isPending}
          onClick={() => {
            withdraw.mutate();
          }}
        >
          {withdraw.isPending ? t('myCredentials.withdrawing') : t('myCredentials.confirmWithdraw')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={withdraw.isPending}
          onClick={() => {
            setIsConfirming(false);
            withdraw.reset();
          }}
        >
          {t('myCredentials.keep')}
        </button>
      </div>
      <p className="settings__error" role="alert">
        {withdraw.isError
          ? t('myCredentials.withdrawFailed', { detail: describeFailure(withdraw.error, t) })
          : null}
      </p>
    </div>
  );
}
