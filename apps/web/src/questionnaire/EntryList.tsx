// A list of repeated entries (symptoms, medications, tests, diagnoses): each in its own group
// with a button to remove it, and a button to add one. Focus follows: to a new entry's first
// field, or back to "Add" after a removal.
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

export interface EntryListProps<T extends { key: string }> {
  items: readonly T[];
  /** The legend of each entry, e.g. "Symptom 2". */
  legend: (index: number) => string;
  addLabel: string;
  removeLabel: string;
  maximum: number;
  onAdd: () => void;
  onRemove: (index: number) => void;
  children: (item: T, index: number) => ReactNode;
  /** Shown when the list is empty. */
  emptyText?: string;
  /** A problem of the whole list (e.g. none given where one is needed), with its element id. */
  problem?: { id: string; text: string | undefined };
}

export function EntryList<T extends { key: string }>(props: EntryListProps<T>) {
  const { items, legend, addLabel, removeLabel, maximum, onAdd, onRemove, problem } = props;
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const previousCount = useRef(items.length);

  useEffect(() => {
    const before = previousCount.current;
    previousCount.current = items.length;
    if (items.length > before) {
      listRef.current?.lastElementChild
        ?.querySelector<HTMLElement>('input, textarea, select')
        ?.focus();
    } else if (items.length < before) {
      addRef.current?.focus();
    }
  }, [items.length]);

  return (
    <div className="entry-list">
      {items.length === 0 && props.emptyText ? (
        <p className="entry-list__empty">{props.emptyText}</p>
      ) : null}
      {items.length > 0 ? (
        <ol className="entry-list__items" ref={listRef}>
          {items.map((item, index) => (
            <li key={item.key}>
              <fieldset className="entry">
                <legend className="entry__legend">{legend(index)}</legend>
                {props.children(item, index)}
                <div className="entry__actions">
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    onClick={() => {
                      onRemove(index);
                    }}
                  >
                    {removeLabel}
                  </button>
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
      ) : null}
      {problem?.text ? (
        <p className="field__error" id={problem.id} tabIndex={-1} data-problem="true">
          {problem.text}
        </p>
      ) : null}
      <button
        ref={addRef}
        type="button"
        className="button button--secondary"
        disabled={items.length >= maximum}
        aria-describedby={problem?.text ? problem.id : undefined}
        onClick={onAdd}
      >
        {addLabel}
      </button>
    </div>
  );
}
