// "Withdraw application" in two steps: the first click says what will happen and asks again.
import { useTranslation } from 'react-i18next';
import { describeFailure } from '../feedback/ProblemNotice';
import { ConfirmedAction } from '../forms/ConfirmedAction';
import { useWithdrawCredential } from './credentialQueries';

export function WithdrawControl({ credentialId }: { credentialId: string }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawCredential(credentialId);
  return (
    <ConfirmedAction
      label={t('myCredentials.withdraw')}
      question={t('myCredentials.withdrawQuestion')}
      confirmLabel={t('myCredentials.confirmWithdraw')}
      busyLabel={t('myCredentials.withdrawing')}
      keepLabel={t('myCredentials.keep')}
      isPending={withdraw.isPending}
      failure={
        withdraw.isError
          ? t('myCredentials.withdrawFailed', { detail: describeFailure(withdraw.error, t) })
          : null
      }
      onConfirm={() => {
        withdraw.mutate();
      }}
      onKeep={() => {
        withdraw.reset();
      }}
    />
  );
}
