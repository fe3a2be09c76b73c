// "Discard" a draft in two steps: the first click says what will be lost and asks again.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFailure } from '../feedback/ProblemNotice';
import { useDiscardDraft } from './caseQueries';

export function DiscardDraftControl({ caseId, title }: { caseId: string; title: string }) {
  const { t } = useTranslation();
  const discard = useDiscardDraft();
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
        className="button button--quiet button--small"
        onClick={() => {
          setIsConfirming(true);
        }}
      >
        {t('myCases.discard')}
      </button>
    );

  return (
    <div className="confirmation" role="group" aria-labelledby={questionId}>
      <p id={questionId} ref={questionRef} tabIndex={-1}>
        {t('myCases.discardQuestion', { title })}
      </p>
      <div className="form__actions">
        <button
          type="button"
          className="button button--danger button--small"
          disabled={discard.isPending}
          onClick={() => {
            discard.mutate(caseId);
          }}
        >
          {discard.isPending ? t('myCases.discarding') : t('myCases.confirmDiscard')}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={discard.isPending}
          onClick={() => {
            setIsConfirming(false);
            discard.reset();
          }}
        >
          {t('myCases.keep')}
        </button>
      </div>
      <p className="settings__error" role="alert">
        {discard.isError
          ? t('myCases.discardFailed', { detail: describeFailure(discard.error, t) })
          : null}
      </p>
    </div>
  );
}
