// The wizard's state: the answers, the step in the address (?step=symptoms), the problems by
// field, and saving — the draft is created at the first step change and saved at every one after.
// Editing a published case saves nothing on the way: the changes are sent whole from the review.
import { useEffect, useId, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PatientQuestionnaireDraft, QuestionnaireStepId } from '@consilium/api';
import { ApiProblem } from '../api/client';
import { useSaveDraft } from '../cases/caseQueries';
import type { FieldProblem } from '../forms/fieldProblems';
import type { FieldBinding, FormAlertState } from '../forms/useSchemaForm';
import { withFlashNotice } from '../shell/FlashNotice';
import {
  describeQuestionnaireProblem,
  draftProblems,
  serverProblemsOf,
  stepOfKey,
  stepProblems,
  valueAt,
  withValueAt,
} from './questionnaireChecks';
import { draftOf, STEP_IDS } from './questionnaireDraft';
import { valuesOf } from './questionnaireValues';
import type { QuestionnaireValues } from './questionnaireValues';

export type WizardStep = QuestionnaireStepId | 'review';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; error: unknown };

/** Binds the field at `key`; `fieldName` names it inside its error messages. */
export type Bind = (key: string, fieldName: string) => FieldBinding;

export interface WizardOptions {
  /** Null until the first save creates the draft. */
  caseId: string | null;
  initial: PatientQuestionnaireDraft | null;
  /** When the draft was last saved, if the page knows. */
  savedAt: Date | null;
  /** Editing a published case rather than writing a draft. */
  isEditing?: boolean;
}

/** Forward needs the step complete; going anywhere else only needs every given value valid. */
export type Leaving = 'forward' | 'elsewhere';

export function wizardStepOf(search: URLSearchParams): WizardStep {
  const wanted = search.get('step');
  if (wanted === 'review') return 'review';
  return STEP_IDS.find((step) => step === wanted) ?? 'about';
}

export function useQuestionnaireWizard(options: WizardOptions) {
  const { caseId, initial, savedAt, isEditing = false } = options;
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const step = wizardStepOf(search);
  const idPrefix = useId();
  const [values, setValues] = useState(() => valuesOf(initial));
  const [problems, setProblems] = useState<ReadonlyMap<string, FieldProblem>>(new Map());
  const [alert, setAlert] = useState<FormAlertState | null>(null);
  const [save, setSave] = useState<SaveState>(
    savedAt === null ? { kind: 'idle' } : { kind: 'saved', at: savedAt },
  );
  const lastSaved = useRef(caseId === null ? null : JSON.stringify(draftOf(values)));
  const containerRef = useRef<HTMLDivElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const saveDraft = useSaveDraft();

  useEffect(() => {
    if (focusRequest === 0) return;
    containerRef.current
      ?.querySelector<HTMLElement>('[aria-invalid="true"], [data-problem="true"]')
      ?.focus();
  }, [focusRequest]);

  const stepName = (id: QuestionnaireStepId): string => t(`questionnaire.steps.${id}`);

  const clearProblems = (prefix: string): void => {
    setProblems((current) => {
      const kept = [...current].filter(([key]) => key !== prefix && !key.startsWith(`${prefix}.`));
      return kept.length === current.size ? current : new Map(kept);
    });
  };

  const fieldId = (key: string): string => `${idPrefix}-${key.replaceAll('.', '-')}`;

  /** The problem of the field (or group of fields) at `key`, in words. */
  const problemAt = (key: string, fieldName: string): string | undefined => {
    const problem = problems.get(key);
    return problem ? describeQuestionnaireProblem(key, problem, fieldName, t) : undefined;
  };

  const bind: Bind = (key, fieldName) => ({
    id: fieldId(key),
    value: valueAt(values, key),
    error: problemAt(key, fieldName),
    onChange: (text) => {
      setValues((current) => withValueAt(current, key, text));
      clearProblems(key);
    },
  });

  /** Changes the answers directly (adding or removing an entry of a list at `listKey`). */
  const update = (
    change: (current: QuestionnaireValues) => QuestionnaireValues,
    listKey: string,
  ) => {
    setValues(change);
    clearProblems(listKey);
  };

  const showProblems = (
    found: ReadonlyMap<string, FieldProblem>,
    other: string[],
    detail?: string,
  ) => {
    setProblems(found);
    const here = [...found.keys()].filter((key) => stepOfKey(key) === step);
    const elsewhere = [...new Set([...found.keys()].map(stepOfKey))].filter(
      (id): id is QuestionnaireStepId => id !== undefined && id !== step,
    );
    const stepsNote =
      elsewhere.length === 0
        ? []
        : [t('wizard.fixOtherSteps', { steps: elsewhere.map(stepName).join(', ') })];
    if (detail === undefined && other.length === 0 && elsewhere.length === 0) {
      setAlert({ kind: 'invalid', count: here.length });
    } else {
      setAlert({
        kind: 'problem',
        detail: detail ?? t('forms.fixFields', { count: here.length }),
        otherErrors: [...other, ...stepsNote],
      });
    }
    setFocusRequest((count) => count + 1);
  };

  /** Checks the answers before leaving the step; shows what to fix when they cannot be saved. */
  const check = (leaving: Leaving): boolean => {
    const found = draftProblems(values);
    if (leaving === 'forward' && step !== 'review') {
      for (const [key, problem] of stepProblems(values, step)) {
        if (!found.has(key)) found.set(key, problem);
      }
    }
    if (found.size === 0) {
      setProblems(new Map());
      setAlert(null);
      return true;
    }
    showProblems(found, []);
    return false;
  };

  /** Saves the draft if it changed; answers the case id, or null when saving failed. */
  const persist = async (): Promise<string | null> => {
    const questionnaire = draftOf(values);
    const text = JSON.stringify(questionnaire);
    if (caseId !== null && text === lastSaved.current) return caseId;
    setSave({ kind: 'saving' });
    try {
      const saved = await saveDraft.mutateAsync({ caseId, questionnaire });
      lastSaved.current = text;
      setSave({ kind: 'saved', at: new Date() });
      return saved.id;
    } catch (error) {
      setSave({ kind: 'failed', error });
      if (error instanceof ApiProblem) {
        const found = serverProblemsOf(error);
        showProblems(found.fields, found.other, error.problem.detail);
      } else {
        setAlert({ kind: 'unexpected' });
      }
      return null;
    }
  };

  const isBusy = saveDraft.isPending;

  /** Goes to another step after checking and saving this one. */
  const goTo = async (target: WizardStep, leaving: Leaving): Promise<void> => {
    if (isBusy || target === step || !check(leaving)) return;
    const savedId = isEditing ? caseId : await persist();
    if (savedId === null) return;
    if (caseId === null) {
      const state = { savedAt: new Date().toISOString() };
      await navigate(`/cases/${savedId}/edit?step=${target}`, { replace: true, state });
    } else {
      await navigate({ search: `?step=${target}` });
    }
  };

  /** "Save and continue later": saves what is there and goes to the member's cases. */
  const saveAndLeave = async (): Promise<void> => {
    if (isBusy || !check('elsewhere')) return;
    const savedId = await persist();
    if (savedId !== null) await navigate('/my-cases', { state: withFlashNotice('draftSaved') });
  };

  return {
    isEditing,
    step,
    values,
    alert,
    save,
    isBusy,
    containerRef,
    bind,
    problemAt,
    fieldId,
    update,
    goTo,
    saveAndLeave,
  };
}

export type Wizard = ReturnType<typeof useQuestionnaireWizard>;
