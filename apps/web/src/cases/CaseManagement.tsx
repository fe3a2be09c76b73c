// "Manage this case": the owner's way to edit an open case and to change its status — exactly the
// actions the server allows now (abilities.caseActions), each saying in words what it did or why not.
// Closing for good is offered beside the owner's ratings of the suggestions instead.
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, CaseStatusChangeBody } from '@consilium/api';
import { formatDate } from '../i18n/format';
import { useChangeCaseStatus } from './caseQueries';
import { ConfirmedAction, DaysAction } from './CaseActionControls';

type CaseAction = CaseStatusChangeBody['action'];

interface Outcome {
  action: CaseAction;
  closesAt: string | null;
}

export function CaseManagement({ caseDetail }: { caseDetail: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const change = useChangeCaseStatus(caseDetail.id);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { caseActions, canEdit } = caseDetail.abilities;
  const allows = (action: CaseAction): boolean => caseActions.includes(action);
  // "Close for good" lives with the owner's ratings of the suggestions (ClosingReview).
  const shown = caseActions.filter((action) => action !== 'finish');

  const send = async (body: CaseStatusChangeBody): Promise<void> => {
    setOutcome(null);
    const changed = await change.mutateAsync(body);
    setOutcome({ action: body.action, closesAt: changed.closesAt });
  };

  const outcomeText = (done: Outcome): string => {
    const date =
      done.closesAt === null
        ? ''
        : formatDate(new Date(done.closesAt), i18n.resolvedLanguage ?? 'en');
    return t(`manageCase.done.${done.action}`, { date });
  };

  return (
    <section className="case-manage" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('manageCase.heading')}</h2>
      <p className="form__status" role="status">
        {outcome === null ? null : outcomeText(outcome)}
      </p>
      {canEdit ? (
        <p className="notice__actions">
          <Link className="button button--secondary" to={`/cases/${caseDetail.id}/edit`}>
            {t('manageCase.edit')}
          </Link>
        </p>
      ) : null}
      {shown.length === 0 && !canEdit ? (
        <p className="case-manage__none">{t('manageCase.nothingToDo')}</p>
      ) : null}
      <div className="case-manage__actions">
        {allows('extend') ? (
          <DaysAction
            action="extend"
            label={t('manageCase.extendDays')}
            hint={t('manageCase.extendHint')}
            buttonLabel={t('manageCase.extend')}
            initialDays=""
            limits={{ min: 1, max: 30 }}
            isBusy={change.isPending}
            onSend={send}
          />
        ) : null}
        {allows('reopen') ? (
          <DaysAction
            action="reopen"
            label={t('manageCase.reopenDays')}
            hint={t('manageCase.reopenHint')}
            buttonLabel={t('manageCase.reopen')}
            initialDays="14"
            limits={{ min: 7, max: 30 }}
            isBusy={change.isPending}
            onSend={send}
          />
        ) : null}
        {allows('close') ? (
          <ConfirmedAction
            buttonLabel={t('manageCase.close')}
            question={t('manageCase.closeQuestion')}
            confirmLabel={t('manageCase.confirmClose')}
            isBusy={change.isPending}
            onConfirm={() => send({ action: 'close' })}
          />
        ) : null}
        {allows('withdraw') ? (
          <ConfirmedAction
            buttonLabel={t('manageCase.withdraw')}
            question={t('manageCase.withdrawQuestion')}
            confirmLabel={t('manageCase.confirmWithdraw')}
            isBusy={change.isPending}
            withReason
            onConfirm={(reason) =>
              send(reason.trim() === '' ? { action: 'withdraw' } : { action: 'withdraw', reason })
            }
          />
        ) : null}
      </div>
    </section>
  );
}
