// A complete patient questionnaire, as a patient would fill it in, for tests.
import type { PatientQuestionnaire } from '@consilium/api';

export function aCompleteQuestionnaire(): PatientQuestionnaire {
  return {
    version: 1,
    about: { ageBand: '30-44', sex: 'female', country: 'ES' },
    complaint: {
      title: 'Fevers, rash and joint pain for four months',
      chiefComplaint:
        'Since June I get a fever most evenings, a salmon-coloured rash that comes and goes, and painful knees and wrists.',
    },
    symptoms: {
      symptoms: [
        {
          description: 'Evening fever up to 39.5 °C',
          hpo: { id: 'HP:0001945', label: 'Fever' },
          onsetAgo: { value: 4, unit: 'months' },
          frequency: 'daily',
          severity: 7,
          helps: 'Ibuprofen',
        },
        {
          description: 'Pink rash on the trunk',
          bodySite: 'Chest and back',
          onsetDate: '2026-06-20',
          frequency: 'daily',
          severity: 3,
          worsens: 'Heat',
        },
      ],
    },
    history: {
      medications: [{ name: 'Ibuprofen', dose: '400 mg when needed' }],
      allergies: 'None known',
    },
    tests: {
      tests: [{ name: 'Ferritin', date: '2026-09-02', result: '4,200 ng/mL (very high)' }],
    },
    diagnoses: {
      diagnoses: [{ name: 'Lupus', status: 'ruled-out', note: 'ANA negative' }],
    },
    care: {
      specialtiesSeen: ['rheumatology', 'infectious-disease'],
      doctorsSeen: 4,
      illFor: { value: 4, unit: 'months' },
      moneySpent: { amount: 850, currency: 'EUR' },
    },
    question: {
      wantToKnow: 'What could cause all of this at once, and which test should come next?',
    },
  };
}
