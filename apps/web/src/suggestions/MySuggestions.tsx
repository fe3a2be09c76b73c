// The member's own suggestions on a case, most likely first: each can be moved up or down (the
// order is the member's own differential), edited in place, withdrawn after a confirmation, and
// its earlier versions read.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Suggestion } from '@consilium/api';
import { describeFailure } from '../feedback/ProblemNotice';
import { ConfirmedAction } from '../forms/ConfirmedAction';
import { EditSuggestionForm } from './SuggestionForm';
import { SuggestionHistoryView } from './SuggestionHistoryView';
import { useReorderSuggestions, useWithdrawSuggestion } from './suggestionQueries';

/** The ids in their new order once the one at `index` moves by `offset`; unchanged at an end. */
export function reordered(ids: readonly string[], index: number, offset: -1 | 1): string[] {
  const next = [...ids];
  const moving = next[index];
  const other = next[index + offset];
  if (moving === undefined || other === undefined) return next;
  next[index] = other;
  next[index + offset] = moving;
  return next;
}

export interface MySuggestionsProps {
  caseId: string;
  /** Own suggestions, in any order: they are shown by their position. */
  suggestions: Suggestion[];
}

export function MySuggestions({ caseId, suggestions }: MySuggestionsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const reorder = useReorderSuggestions(caseId);
  const listRef = useRef<HTMLOListElement>(null);
  const [focus, setFocus] = useState<{ id: string; control: 'up' | 'down' } | null>(null);
  const ordered = [...suggestions].sort((a, b) => a.position - b.position);
  const ids = ordered.map((suggestion) => suggestion.id);

  useEffect(() => {
    if (focus === null || reorder.isPending) return;
    const row = listRef.current?.querySelector(`[data-own-suggestion="${focus.id}"]`);
    (
      row?.querySelector<HTMLElement>(`[data-control="${focus.control}"]:not(:disabled)`) ??
      row?.querySelector<HTMLElement>('button:not(:disabled)')
    )?.focus();
  }, [focus, reorder.isPending]);

  if (ordered.length === 0) return null;

  const move = (index: number, offset: -1 | 1, id: string): void => {
    reorder.mutate(reordered(ids, index, offset), {
      onSuccess: () => {
        setFocus({ id, control: offset === -1 ? 'up' : 'down' });
      },
    });
  };

  return (
    <section className="my-suggestions" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('mySuggestions.heading')}</h2>
      <p className="field__hint">{t('mySuggestions.lead')}</p>
      <p className="settings__error" role="alert">
        {reorder.isError
          ? t('mySuggestions.reorderFailed', { detail: describeFailure(reorder.error, t) })
          : null}
      </p>
      <ol className="my-suggestions__list" ref={listRef} aria-busy={reorder.isPending}>
        {ordered.map((suggestion, index) => (
          <OwnSuggestion
            key={suggestion.id}
            caseId={caseId}
            suggestion={suggestion}
            isFirst={index === 0}
            isLast={index === ordered.length - 1}
            isMoving={reorder.isPending}
            onMove={(offset) => {
              move(index, offset, suggestion.id);
            }}
          />
        ))}
      </ol>
    </section>
  );
}

type Panel = 'none' | 'edit' | 'history';

interface OwnSuggestionProps {
  caseId: string;
  suggestion: Suggestion;
  isFirst: boolean;
  isLast: boolean;
  isMoving: boolean;
  onMove: (offset: -1 | 1) => void;
}

function OwnSuggestion(props: OwnSuggestionProps) {
  const { caseId, suggestion, isFirst, isLast, isMoving, onMove } = props;
  const { t } = useTranslation();
  const [panel, setPanel] = useState<Panel>('none');
  const [saved, setSaved] = useState(false);
  const historyId = useId();
  const withdraw = useWithdrawSuggestion(caseId, suggestion.id);
  const name = suggestion.diagnosis;
  const canEdit = suggestion.abilities.canEdit;

  return (
    <li className="own-suggestion" data-own-suggestion={suggestion.id} data-testid="own-suggestion">
      <p className="own-suggestion__title">
        <span className="own-suggestion__position">
          {t('mySuggestions.position', { position: suggestion.position })}
        </span>{' '}
        {name}
      </p>
      <p className="form__status" role="status">
        {saved ? t('mySuggestions.saved', { diagnosis: name }) : null}
      </p>
      {panel === 'edit' ? (
        <EditSuggestionForm
          caseId={caseId}
          suggestion={suggestion}
          onDone={(didSave) => {
            setPanel('none');
            setSaved(didSave);
          }}
        />
      ) : (
        <div className="own-suggestion__actions">
          <button
            type="button"
            className="button button--quiet button--small"
            data-control="up"
            disabled={isFirst || isMoving || !canEdit}
            aria-label={t('mySuggestions.moveUp', { diagnosis: name })}
            onClick={() => {
              onMove(-1);
            }}
          >
            {t('mySuggestions.up')}
          </button>
          <button
            type="button"
            className="button button--quiet button--small"
            data-control="down"
            disabled={isLast || isMoving || !canEdit}
            aria-label={t('mySuggestions.moveDown', { diagnosis: name })}
            onClick={() => {
              onMove(1);
            }}
          >
            {t('mySuggestions.down')}
          </button>
          {canEdit ? (
            <button
              type="button"
              className="button button--secondary button--small"
              aria-label={t('mySuggestions.edit', { diagnosis: name })}
              onClick={() => {
                setSaved(false);
                setPanel('edit');
              }}
            >
              {t('mySuggestions.editShort')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--secondary button--small"
            aria-expanded={panel === 'history'}
            aria-controls={panel === 'history' ? historyId : undefined}
            aria-label={t('mySuggestions.history', { diagnosis: name })}
            onClick={() => {
              setPanel((current) => (current === 'history' ? 'none' : 'history'));
            }}
          >
            {t('mySuggestions.historyShort')}
          </button>
          {canEdit ? (
            <ConfirmedAction
              label={t('mySuggestions.withdraw', { diagnosis: name })}
              question={t('mySuggestions.withdrawQuestion', { diagnosis: name })}
              confirmLabel={t('mySuggestions.confirmWithdraw')}
              busyLabel={t('mySuggestions.withdrawing')}
              keepLabel={t('mySuggestions.keep')}
              isPending={withdraw.isPending}
              failure={
                withdraw.isError
                  ? t('mySuggestions.withdrawFailed', {
                      detail: describeFailure(withdraw.error, t),
                    })
                  : null
              }
              small
              onConfirm={() => {
                withdraw.mutate();
              }}
              onKeep={() => {
                withdraw.reset();
              }}
            />
          ) : null}
        </div>
      )}
      {panel === 'history' ? (
        <SuggestionHistoryView caseId={caseId} suggestionId={suggestion.id} id={historyId} />
      ) : null}
    </li>
  );
}
