// "Discard" a draft in two steps: the first click says what will be lost and asks again.
import { useTranslation } from 'react-i18next';
import { describeFailure } from '../feedback/ProblemNotice';
import { ConfirmedAction } from '../forms/ConfirmedAction';
import { useDiscardDraft } from './caseQueries';

export function DiscardDraftControl({ caseId, title }: { caseId: string; title: string }) {
  const { t } = useTranslation();
  const discard = useDiscardDraft();
  return (
    <ConfirmedAction
      label={t('myCases.discard')}
      question={t('myCases.discardQuestion', { title })}
      confirmLabel={t('myCases.confirmDiscard')}
      busyLabel={t('myCases.discarding')}
      keepLabel={t('myCases.keep')}
      isPending={discard.isPending}
      failure={
        discard.isError
          ? t('myCases.discardFailed', { detail: describeFailure(discard.error, t) })
          : null
      }
      onConfirm={() => {
        discard.mutate(caseId);
      }}
      onKeep={() => {
        discard.reset();
      }}
      small
      tone="quiet"
    />
  );
}
