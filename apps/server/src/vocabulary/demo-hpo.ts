// A small set of common Human Phenotype Ontology terms for the demo, so symptom lookup works
// before an operator imports the full ontology (`npm run vocab:import`, docs/vocabularies.md).
// Ids and labels are HPO's, unaltered (https://hpo.jax.org; labels as in the HPO repository on
// 2026-06-23); the lay synonyms are written for Consilium and are not part of HPO.
import type { Queryable } from '../platform/database/index.js';
import { HPO_SYSTEM } from './hpo-format.js';
import { importConcepts } from './import.js';
import type { ConceptRecord } from './vocabulary.queries.js';
import { hasConcepts } from './vocabulary.queries.js';

type DemoTerm = readonly [id: string, label: string, laySynonyms: readonly string[]];

const terms: readonly DemoTerm[] = [
  ['HP:0002315', 'Headache', ['head pain', 'sore head', 'head hurts']],
  ['HP:0002076', 'Migraine', ['migraine headache', 'sick headache']],
  ['HP:0012378', 'Fatigue', ['tiredness', 'exhaustion', 'no energy', 'worn out']],
  ['HP:0001945', 'Fever', ['high temperature', 'feeling hot', 'pyrexia']],
  ['HP:0001954', 'Recurrent fever', ['fevers that keep coming back', 'repeated fevers']],
  ['HP:0025143', 'Chills', ['shivering', 'feeling cold and shaky']],
  ['HP:0030166', 'Night sweats', ['sweating at night', 'soaked sheets']],
  ['HP:0000975', 'Hyperhidrosis', ['excessive sweating', 'sweating a lot']],
  ['HP:0033834', 'Malaise', ['feeling unwell', 'feeling generally ill']],
  ['HP:0002018', 'Nausea', ['feeling sick', 'queasy', 'upset stomach']],
  ['HP:0002013', 'Vomiting', ['throwing up', 'being sick', 'puking']],
  ['HP:0002014', 'Diarrhea', ['diarrhoea', 'loose stools', 'runny poo']],
  ['HP:0002019', 'Constipation', ['hard stools', 'cannot poo', 'blocked bowels']],
  ['HP:0002027', 'Abdominal pain', ['stomach ache', 'tummy pain', 'belly pain']],
  ['HP:0003270', 'Abdominal distention', ['bloated belly', 'swollen stomach', 'bloating']],
  ['HP:0033589', 'Flatulence', ['wind', 'passing gas', 'farting']],
  ['HP:0002020', 'Gastroesophageal reflux', ['heartburn', 'acid reflux', 'acid coming up']],
  ['HP:0002015', 'Dysphagia', ['difficulty swallowing', 'food gets stuck']],
  ['HP:0002039', 'Anorexia', ['loss of appetite', 'not hungry']],
  ['HP:0004396', 'Poor appetite', ['eating little', 'small appetite']],
  ['HP:0001824', 'Weight loss', ['losing weight', 'getting thinner']],
  ['HP:0004324', 'Increased body weight', ['weight gain', 'putting on weight']],
  ['HP:0100749', 'Chest pain', ['chest ache', 'pain in the chest', 'chest tightness']],
  ['HP:0002094', 'Dyspnea', ['shortness of breath', 'breathlessness', 'out of breath']],
  ['HP:0012764', 'Orthopnea', ['breathless lying flat', 'need pillows to breathe']],
  ['HP:0012735', 'Cough', ['coughing', 'hacking cough']],
  ['HP:0030828', 'Wheezing', ['whistling breath', 'wheezy chest']],
  ['HP:0002105', 'Hemoptysis', ['coughing up blood', 'blood in phlegm']],
  ['HP:0001962', 'Palpitations', ['racing heart', 'heart pounding', 'fluttering heart']],
  ['HP:0001649', 'Tachycardia', ['fast heartbeat', 'fast pulse']],
  ['HP:0001662', 'Bradycardia', ['slow heartbeat', 'slow pulse']],
  ['HP:0000822', 'Hypertension', ['high blood pressure']],
  ['HP:0002615', 'Hypotension', ['low blood pressure']],
  ['HP:0001279', 'Syncope', ['fainting', 'passing out', 'blacking out']],
  ['HP:0002321', 'Vertigo', ['dizziness', 'room spinning', 'dizzy spells']],
  ['HP:0000969', 'Edema', ['swelling', 'fluid retention', 'puffiness']],
  ['HP:0010741', 'Pedal edema', ['swollen feet', 'swollen ankles']],
  ['HP:0002829', 'Arthralgia', ['joint pain', 'aching joints', 'sore joints']],
  ['HP:0001386', 'Joint swelling', ['swollen joints', 'puffy knee']],
  ['HP:0001387', 'Joint stiffness', ['stiff joints', 'morning stiffness']],
  ['HP:0001369', 'Arthritis', ['inflamed joints']],
  ['HP:0003326', 'Myalgia', ['muscle pain', 'aching muscles', 'sore muscles']],
  ['HP:0001324', 'Muscle weakness', ['weak muscles', 'loss of strength']],
  ['HP:0003418', 'Back pain', ['backache', 'sore back']],
  ['HP:0003419', 'Low back pain', ['lower back ache', 'lumbago']],
  ['HP:0030833', 'Neck pain', ['sore neck', 'stiff neck']],
  ['HP:0002653', 'Bone pain', ['aching bones', 'pain in the bones']],
  ['HP:0000988', 'Skin rash', ['rash', 'spots on the skin', 'red patches']],
  ['HP:0000989', 'Pruritus', ['itching', 'itchy skin', 'itch']],
  ['HP:0001025', 'Urticaria', ['hives', 'nettle rash', 'welts']],
  ['HP:0000958', 'Dry skin', ['flaky skin', 'rough skin']],
  ['HP:0000952', 'Jaundice', ['yellow skin', 'yellow eyes']],
  ['HP:0000980', 'Pallor', ['pale skin', 'looking pale']],
  ['HP:0000978', 'Bruising susceptibility', ['bruising easily', 'easy bruising']],
  ['HP:0001596', 'Alopecia', ['hair loss', 'losing hair', 'bald patches']],
  ['HP:0030880', 'Raynaud phenomenon', ['fingers turn white in the cold', 'cold white fingers']],
  ['HP:0000992', 'Cutaneous photosensitivity', ['sun sensitivity', 'rash from sunlight']],
  ['HP:0001250', 'Seizure', ['fit', 'convulsion', 'epileptic attack']],
  ['HP:0001337', 'Tremor', ['shaking', 'trembling hands', 'shakes']],
  ['HP:0003401', 'Paresthesia', ['pins and needles', 'tingling', 'numb feeling']],
  ['HP:0002354', 'Memory impairment', ['forgetfulness', 'poor memory']],
  ['HP:0001289', 'Confusion', ['muddled thinking', 'disorientation']],
  ['HP:0100785', 'Insomnia', ['trouble sleeping', 'sleeplessness', 'cannot sleep']],
  ['HP:0001262', 'Excessive daytime somnolence', ['sleepy during the day', 'drowsiness']],
  ['HP:0000739', 'Anxiety', ['worry', 'nervousness', 'feeling anxious']],
  ['HP:0000716', 'Depression', ['low mood', 'feeling down', 'sadness']],
  ['HP:0000737', 'Irritability', ['short temper', 'easily annoyed']],
  ['HP:0000622', 'Blurred vision', ['blurry eyesight', 'fuzzy vision']],
  ['HP:0000651', 'Diplopia', ['double vision', 'seeing double']],
  ['HP:0000613', 'Photophobia', ['light sensitivity', 'light hurts the eyes']],
  ['HP:0025337', 'Red eye', ['bloodshot eye', 'pink eye']],
  ['HP:0000360', 'Tinnitus', ['ringing in the ears', 'buzzing in the ears']],
  ['HP:0000365', 'Hearing impairment', ['hearing loss', 'hard of hearing', 'deafness']],
  ['HP:0030766', 'Ear pain', ['earache', 'sore ear']],
  ['HP:0025439', 'Pharyngitis', ['sore throat', 'throat pain', 'scratchy throat']],
  ['HP:0031417', 'Rhinorrhea', ['runny nose', 'dripping nose']],
  ['HP:0001742', 'Nasal congestion', ['blocked nose', 'stuffy nose']],
  ['HP:0000458', 'Anosmia', ['loss of smell', 'cannot smell']],
  ['HP:0000421', 'Epistaxis', ['nosebleed', 'bleeding nose']],
  ['HP:0001609', 'Hoarse voice', ['husky voice', 'losing my voice']],
  ['HP:0000217', 'Xerostomia', ['dry mouth']],
  ['HP:0000155', 'Oral ulcer', ['mouth ulcer', 'mouth sores', 'canker sore']],
  ['HP:0002716', 'Lymphadenopathy', ['swollen glands', 'swollen lymph nodes']],
  ['HP:0100518', 'Dysuria', ['painful urination', 'burning when peeing']],
  ['HP:0100515', 'Pollakisuria', ['frequent urination', 'peeing often']],
  ['HP:0000017', 'Nocturia', ['getting up at night to pee', 'night-time urination']],
  ['HP:0000790', 'Hematuria', ['blood in urine', 'red urine']],
  ['HP:0001959', 'Polydipsia', ['excessive thirst', 'always thirsty']],
  ['HP:0002573', 'Hematochezia', ['blood in stool', 'rectal bleeding']],
  ['HP:0002249', 'Melena', ['black stools', 'tarry stools']],
  ['HP:0000132', 'Menorrhagia', ['heavy periods', 'heavy menstrual bleeding']],
  ['HP:0000141', 'Amenorrhea', ['missed periods', 'no periods']],
  ['HP:0003546', 'Exercise intolerance', ['tired after little exercise', 'cannot exercise']],
];

/** The demo's HPO terms, as the importer writes them. */
export const demoHpoTerms: readonly ConceptRecord[] = terms.map(([code, display, synonyms]) => ({
  system: HPO_SYSTEM,
  code,
  display,
  synonyms: [...synonyms],
  xrefs: [],
}));

/** Loads the demo terms, unless HPO terms are there already (a full import is left as it is). */
export async function loadDemoHpoTerms(db: Queryable): Promise<number> {
  if (await hasConcepts(db, HPO_SYSTEM)) return 0;
  return importConcepts(db, demoHpoTerms);
}
