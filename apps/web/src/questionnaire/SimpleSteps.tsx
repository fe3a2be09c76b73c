// The steps made of plain fields: about the patient, the main problem, and the question to the
// crowd.
import { useTranslation } from 'react-i18next';
import { CountryField } from '../accounts/profileFields';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';
import { ageBandOptions, sexOptions } from './questionnaireLabels';
import type { Wizard } from './useQuestionnaireWizard';

export function AboutStep({ wizard }: { wizard: Wizard }) {
  const { t } = useTranslation();
  const { bind } = wizard;
  return (
    <>
      <p className="wizard__intro">{t('wizard.intro.about')}</p>
      <SelectField
        {...bind('about.ageBand', t('wizard.fields.ageBand'))}
        label={t('wizard.fields.ageBand')}
        options={ageBandOptions(t)}
        placeholder={t('wizard.choose')}
        required
      />
      <SelectField
        {...bind('about.sex', t('wizard.fields.sex'))}
        label={t('wizard.fields.sex')}
        options={sexOptions(t)}
        placeholder={t('wizard.choose')}
        required
      />
      <CountryField
        binding={bind('about.country', t('fields.country'))}
        hint={t('wizard.hints.country')}
      />
    </>
  );
}

export function ComplaintStep({ wizard }: { wizard: Wizard }) {
  const { t } = useTranslation();
  const { bind } = wizard;
  return (
    <>
      <p className="wizard__intro">{t('wizard.intro.complaint')}</p>
      <TextField
        {...bind('complaint.title', t('fields.title'))}
        label={t('fields.title')}
        hint={t('wizard.hints.title')}
        required
      />
      <TextField
        {...bind('complaint.chiefComplaint', t('wizard.fields.chiefComplaint'))}
        label={t('wizard.fields.chiefComplaint')}
        hint={t('wizard.hints.chiefComplaint')}
        multiline
        rows={8}
        required
      />
      <p className="privacy-reminder">{t('newCase.privacyReminder')}</p>
    </>
  );
}

export function QuestionStep({ wizard }: { wizard: Wizard }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="wizard__intro">{t('wizard.intro.question')}</p>
      <TextField
        {...wizard.bind('question.wantToKnow', t('wizard.fields.wantToKnow'))}
        label={t('wizard.fields.wantToKnow')}
        hint={t('wizard.hints.wantToKnow')}
        multiline
        rows={5}
        required
      />
    </>
  );
}
