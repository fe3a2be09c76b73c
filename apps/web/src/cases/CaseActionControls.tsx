// The controls of "Manage this case": an action asked twice (close, close for good, withdraw with
// an optional reason), and an action that takes a number of days (reopen, extend the window).
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { CaseStatusChangeBodySchema } from '@consilium/api';
import type { CaseStatusChangeBody } from '@consilium/api';
import { ApiProblem } from '../api/client';
import { describeFailure } from '../feedback/ProblemNotice';
import type { FormSchema } from '../forms/fieldProblems';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import { useSchemaForm } from '../forms/useSchemaForm';
import { numberOf } from '../questionnaire/questionnaireDraft';

/** A failure in words: the server's detail and, when it names them, what is wrong with each value. */
function failureText(error: unknown, t: TFunction): string {
  const details = error instanceof ApiProblem ? (error.problem.errors ?? []) : [];
  return [describeFailure(error, t), ...details.map((detail) => detail.message)].join(' ');
}

/** Settles when the server has answered: resolved once the case changed, rejected with why not. */
type Sending = Promise<void>;

export interface ConfirmedActionProps {
  buttonLabel: string;
  question: string;
  confirmLabel: string;
  isBusy: boolean;
  /** Offer an optional reason, sent with the confirmation. */
  withReason?: boolean;
  onConfirm: (reason: string) => Sending;
}

export function ConfirmedAction(props: ConfirmedActionProps) {
  const { buttonLabel, question, confirmLabel, isBusy, withReason = false, onConfirm } = props;
  const { t } = useTranslation();
  const [isConfirming, setIsConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const questionId = useId();
  const reasonId = useId();
  const questionRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (isConfirming) questionRef.current?.focus();
  }, [isConfirming]);

  if (!isConfirming)
    return (
      <div className="case-action">
        <button
          type="button"
          className="button button--secondary"
          disabled={isBusy}
          onClick={() => {
            setIsConfirming(true);
          }}
        >
          {buttonLabel}
        </button>
      </div>
    );

  return (
    <div className="case-action confirmation" role="group" aria-labelledby={questionId}>
      <p id={questionId} ref={questionRef} tabIndex={-1}>
        {question}
      </p>
      {withReason ? (
        <TextField
          id={reasonId}
          value={reason}
          error={undefined}
          onChange={setReason}
          label={t('manageCase.reason')}
          hint={t('manageCase.reasonHint')}
          multiline
          rows={3}
        />
      ) : null}
      <div className="form__actions">
        <button
          type="button"
          className="button button--danger"
          disabled={isBusy}
          onClick={() => {
            setError(null);
            void onConfirm(reason).then(() => {
              setIsConfirming(false);
            }, setError);
          }}
        >
          {confirmLabel}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={isBusy}
          onClick={() => {
            setIsConfirming(false);
            setError(null);
          }}
        >
          {t('manageCase.keep')}
        </button>
      </div>
      <p className="settings__error" role="alert">
        {error === null ? null : t('manageCase.failed', { detail: failureText(error, t) })}
      </p>
    </div>
  );
}

type DaysActionName = Extract<CaseStatusChangeBody['action'], 'reopen' | 'extend'>;

/** The body field that carries the days: the new window to reopen, the days added to extend. */
const DAYS_FIELD = { reopen: 'submissionWindowDays', extend: 'days' } as const;

function daysSchema(action: DaysActionName): FormSchema<CaseStatusChangeBody> {
  const field = DAYS_FIELD[action];
  return {
    safeParse: (values) =>
      CaseStatusChangeBodySchema.safeParse({
        action,
        [field]: numberOf((values as Record<string, string>)[field] ?? ''),
      }),
  };
}

export interface DaysActionProps {
  action: DaysActionName;
  label: string;
  hint: string;
  buttonLabel: string;
  initialDays: string;
  limits: { min: number; max: number };
  isBusy: boolean;
  onSend: (body: CaseStatusChangeBody) => Sending;
}

export function DaysAction(props: DaysActionProps) {
  const { action, label, hint, buttonLabel, initialDays, limits, isBusy, onSend } = props;
  const field = DAYS_FIELD[action];
  const schema = useMemo(() => daysSchema(action), [action]);
  const initialValues = useMemo(() => ({ [field]: initialDays }), [field, initialDays]);
  const fieldNames = useMemo(() => ({ [field]: label }), [field, label]);
  const form = useSchemaForm({ schema, initialValues, fieldNames });

  return (
    <form
      className="form case-action case-action--days"
      noValidate
      onSubmit={form.submit((body) => {
        void onSend(body).catch(form.showFailure);
      })}
    >
      <FormAlert alert={form.alert} />
      <TextField
        {...form.bind(field)}
        label={label}
        hint={hint}
        type="number"
        inputMode="numeric"
        min={limits.min}
        max={limits.max}
        step={1}
        required
      />
      <div className="form__actions">
        <button type="submit" className="button button--secondary" disabled={isBusy}>
          {buttonLabel}
        </button>
      </div>
    </form>
  );
}
