// Whether the draft is saved: "Saving…", "Saved at 14:05", or why it was not.
import { useTranslation } from 'react-i18next';
import { describeFailure } from '../feedback/ProblemNotice';
import type { SaveState } from './useQuestionnaireWizard';

export function SaveStatus({ state }: { state: SaveState }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <>
      <p className="save-status" role="status">
        {state.kind === 'saving' ? t('wizard.saving') : null}
        {state.kind === 'saved'
          ? t('wizard.savedAt', {
              time: new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(state.at),
            })
          : null}
      </p>
      {state.kind === 'failed' ? (
        <p className="save-status save-status--failed" role="alert">
          {t('wizard.saveFailed', { detail: describeFailure(state.error, t) })}
        </p>
      ) : null}
    </>
  );
}
