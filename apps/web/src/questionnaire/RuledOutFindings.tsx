// "Findings checked and not present", in the symptoms step: what a doctor looked for and did not
// find (like "no fever"), each in the patient's words and optionally coded with an HPO term.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_RULED_OUT_FINDINGS } from '@consilium/api';
import { TextField } from '../forms/TextField';
import { EntryList } from './EntryList';
import { HpoTermPicker } from './HpoTermPicker';
import { emptyFinding, withTermAt } from './questionnaireValues';
import type { FindingValues } from './questionnaireValues';
import type { Wizard } from './useQuestionnaireWizard';

export const FINDING_LIST_KEY = 'symptoms.ruledOutFindings';

export function RuledOutFindings({ wizard }: { wizard: Wizard }) {
  const { t } = useTranslation();
  const headingId = useId();
  const findings = wizard.values.symptoms.ruledOutFindings;
  const setFindings = (next: FindingValues[], key = FINDING_LIST_KEY) => {
    wizard.update(
      (current) => ({ ...current, symptoms: { ...current.symptoms, ruledOutFindings: next } }),
      key,
    );
  };
  return (
    <section className="wizard__group" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('wizard.ruledOut.heading')}</h3>
      <p className="wizard__intro">{t('wizard.ruledOut.intro')}</p>
      <EntryList
        items={findings}
        legend={(index) => t('wizard.ruledOut.finding', { number: index + 1 })}
        addLabel={t('wizard.ruledOut.add')}
        removeLabel={t('wizard.ruledOut.remove')}
        maximum={MAX_RULED_OUT_FINDINGS}
        emptyText={t('wizard.ruledOut.none')}
        onAdd={() => {
          setFindings([...findings, emptyFinding()]);
        }}
        onRemove={(index) => {
          setFindings(findings.filter((_finding, at) => at !== index));
        }}
      >
        {(finding, index) => {
          const base = `${FINDING_LIST_KEY}.${index}`;
          return (
            <>
              <TextField
                {...wizard.bind(`${base}.description`, t('wizard.ruledOut.description'))}
                label={t('wizard.ruledOut.description')}
                hint={t('wizard.ruledOut.descriptionHint')}
                required
              />
              <HpoTermPicker
                id={wizard.fieldId(`${base}.hpo`)}
                label={t('hpo.findingLabel')}
                hint={t('hpo.findingHint')}
                value={finding.hpo}
                onChange={(term) => {
                  setFindings(withTermAt(findings, index, term), `${base}.hpo`);
                }}
              />
            </>
          );
        }}
      </EntryList>
    </section>
  );
}
