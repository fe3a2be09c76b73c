// An action taken in two steps: the first click says what will happen and asks again; the
// second does it. Focus moves to the question, and a failure is told in words.
import { useEffect, useId, useRef, useState } from 'react';

export interface ConfirmedActionProps {
  /** The first button. */
  label: string;
  /** What will happen, asked as a question. */
  question: string;
  confirmLabel: string;
  /** The confirm button's text while the action runs. */
  busyLabel: string;
  keepLabel: string;
  isPending: boolean;
  /** The failure in words, or null. */
  failure: string | null;
  onConfirm: () => void;
  /** Called when the member keeps things as they are (reset the mutation here). */
  onKeep: () => void;
  small?: boolean;
  /** The first button's look: quiet (a list's row action) or secondary. */
  tone?: 'quiet' | 'secondary';
}

export function ConfirmedAction(props: ConfirmedActionProps) {
  const [isConfirming, setIsConfirming] = useState(false);
  const questionId = useId();
  const questionRef = useRef<HTMLParagraphElement>(null);
  const size = props.small === true ? ' button--small' : '';

  useEffect(() => {
    if (isConfirming) questionRef.current?.focus();
  }, [isConfirming]);

  if (!isConfirming)
    return (
      <button
        type="button"
        className={`button button--${props.tone ?? 'secondary'}${size}`}
        onClick={() => {
          setIsConfirming(true);
        }}
      >
        {props.label}
      </button>
    );

  return (
    <div className="confirmation" role="group" aria-labelledby={questionId}>
      <p id={questionId} ref={questionRef} tabIndex={-1}>
        {props.question}
      </p>
      <div className="form__actions">
        <button
          type="button"
          className={`button button--danger${size}`}
          disabled={props.isPending}
          onClick={props.onConfirm}
        >
          {props.isPending ? props.busyLabel : props.confirmLabel}
        </button>
        <button
          type="button"
          className={`button button--secondary${size}`}
          disabled={props.isPending}
          onClick={() => {
            setIsConfirming(false);
            props.onKeep();
          }}
        >
          {props.keepLabel}
        </button>
      </div>
      <p className="settings__error" role="alert">
        {props.failure}
      </p>
    </div>
  );
}
