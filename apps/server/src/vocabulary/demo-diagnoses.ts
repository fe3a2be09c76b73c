// Diagnoses a demo crowd proposes for hard cases (the common mimics and the rare diseases behind
// them), so diagnosis lookup works before an operator imports Disease Ontology
// (`npm run vocab:import -- --format doid`, docs/vocabularies.md). Ids and labels are Disease
// Ontology's, unaltered (HumanDO.tsv, release 2026-07-31); cross-references are those DO lists
// (ICD10inDO.tsv, OMIMinDO.tsv, OrphanetinDO.tsv), kept where the codes name the whole disease.
// The lay synonyms are written for Consilium and are not part of Disease Ontology.
import type { Queryable } from '../platform/database/index.js';
import { splitConceptId } from './concept-ids.js';
import { hasDiagnosisConcepts } from './diagnosis.queries.js';
import { importConcepts } from './import.js';
import type { ConceptRecord } from './vocabulary.queries.js';

type DemoDiagnosis = readonly [
  id: string,
  label: string,
  laySynonyms: readonly string[],
  xrefs: readonly string[],
];

const diagnoses: readonly DemoDiagnosis[] = [
  // Connective tissue diseases and vasculitis
  [
    'DOID:9074',
    'systemic lupus erythematosus',
    ['lupus', 'SLE'],
    ['ICD10CM:M32.9', 'OMIM:152700', 'ORPHA:536'],
  ],
  ['DOID:7148', 'rheumatoid arthritis', ['RA', 'rheumatoid'], ['ICD10CM:M06.9', 'OMIM:180300']],
  [
    'DOID:12894',
    "Sjogren's syndrome",
    ["Sjögren's syndrome", 'dry eyes and dry mouth disease'],
    ['ICD10CM:M35.0', 'OMIM:270150'],
  ],
  [
    'DOID:418',
    'systemic scleroderma',
    ['systemic sclerosis', 'hardening of the skin'],
    ['ICD10CM:M34.0', 'OMIM:181750'],
  ],
  ['DOID:10223', 'dermatomyositis', ['muscle and skin inflammation'], ['ICD10CM:M33']],
  ['DOID:0080745', 'polymyositis', ['muscle inflammation'], []],
  ['DOID:3492', 'mixed connective tissue disease', ['MCTD', 'overlap syndrome'], ['ICD10CM:M35.1']],
  [
    'DOID:2988',
    'antiphospholipid syndrome',
    ['APS', 'sticky blood syndrome', 'Hughes syndrome'],
    ['ICD10CM:D68.61', 'OMIM:107320'],
  ],
  [
    'DOID:13375',
    'temporal arteritis',
    ['giant cell arteritis', 'GCA'],
    ['OMIM:187360', 'ORPHA:397'],
  ],
  ['DOID:2508', "Takayasu's arteritis", ['pulseless disease'], ['ICD10CM:M31.4', 'OMIM:207600']],
  [
    'DOID:12132',
    'granulomatosis with polyangiitis',
    ["Wegener's granulomatosis", 'GPA'],
    ['ICD10CM:M31.3', 'OMIM:608710'],
  ],
  [
    'DOID:3049',
    'Churg-Strauss syndrome',
    ['eosinophilic granulomatosis with polyangiitis', 'EGPA'],
    ['ICD10CM:M30.1'],
  ],
  ['DOID:9810', 'polyarteritis nodosa', ['PAN'], ['ICD10CM:M30.0']],
  [
    'DOID:13378',
    'Kawasaki disease',
    ['mucocutaneous lymph node syndrome'],
    ['ICD10CM:M30.3', 'OMIM:611775'],
  ],
  [
    'DOID:13241',
    "Behcet's disease",
    ["Behçet's disease", 'mouth and genital ulcers disease'],
    ['ICD10CM:M35.2', 'OMIM:109650'],
  ],
  [
    'DOID:2556',
    'relapsing polychondritis',
    ['cartilage inflammation', 'floppy red ear'],
    ['ICD10CM:M94.1'],
  ],
  ['DOID:0080356', 'IgG4-related disease', ['IgG4 disease'], ['ORPHA:284264']],
  ['DOID:11335', 'sarcoidosis', ['sarcoid'], ['ICD10CM:D86', 'ORPHA:797']],
  [
    'DOID:10300',
    'Raynaud disease',
    ["Raynaud's", 'fingers turning white in the cold'],
    ['ICD10CM:I73.0', 'OMIM:179600'],
  ],
  // Joints, muscles and pain
  [
    'DOID:853',
    'polymyalgia rheumatica',
    ['PMR', 'stiff aching shoulders and hips'],
    ['ICD10CM:M35.3'],
  ],
  [
    'DOID:7147',
    'ankylosing spondylitis',
    ['AS', 'Bechterew disease'],
    ['ICD10CM:M45', 'OMIMPS:106300', 'ORPHA:825'],
  ],
  ['DOID:9008', 'psoriatic arthritis', ['arthritis with psoriasis'], ['ICD10CM:L40.5']],
  ['DOID:13189', 'gout', ['gouty arthritis', 'uric acid crystals in the joint'], ['ICD10CM:M10']],
  ['DOID:14256', "adult-onset Still's disease", ["Still's disease", 'AOSD'], ['ICD10CM:M06.1']],
  ['DOID:631', 'fibromyalgia', ['fibro', 'widespread pain syndrome'], ['ICD10CM:M79.7']],
  [
    'DOID:8544',
    'chronic fatigue syndrome',
    ['ME/CFS', 'myalgic encephalomyelitis', 'CFS'],
    ['ICD10CM:G93.32'],
  ],
  ['DOID:3223', 'complex regional pain syndrome', ['CRPS', 'reflex sympathetic dystrophy'], []],
  // Periodic fevers and swelling
  [
    'DOID:2987',
    'familial Mediterranean fever',
    ['FMF', 'recurrent polyserositis'],
    ['ICD10CM:M04.1', 'OMIM:249100', 'ORPHA:342'],
  ],
  [
    'DOID:14735',
    'hereditary angioedema',
    ['HAE', 'C1 inhibitor deficiency', 'hereditary swelling attacks'],
    ['OMIMPS:106100', 'ORPHA:91378'],
  ],
  // Heritable connective tissue disorders
  [
    'DOID:13359',
    'Ehlers-Danlos syndrome',
    ['EDS', 'stretchy skin and loose joints'],
    ['ICD10CM:Q79.6', 'OMIMPS:130000'],
  ],
  [
    'DOID:14757',
    'Ehlers-Danlos syndrome hypermobility type',
    ['hypermobile EDS', 'hEDS'],
    ['ICD10CM:Q79.62', 'OMIM:130020'],
  ],
  ['DOID:14323', 'Marfan syndrome', ['Marfan'], ['ICD10CM:Q87.4', 'OMIM:154700']],
  ['DOID:0050466', 'Loeys-Dietz syndrome', ['LDS'], ['ORPHA:60030']],
  // Nervous system
  [
    'DOID:0111154',
    'postural orthostatic tachycardia syndrome',
    ['POTS', 'racing heart on standing'],
    [],
  ],
  [
    'DOID:437',
    'myasthenia gravis',
    ['MG', 'muscle weakness that worsens with use'],
    ['ICD10CM:G70.0', 'ICD10CM:G70.00', 'OMIM:254200'],
  ],
  ['DOID:2377', 'multiple sclerosis', ['MS'], ['ICD10CM:G35']],
  ['DOID:8869', 'neuromyelitis optica', ["Devic's disease", 'NMO'], ['ICD10CM:G36.0']],
  [
    'DOID:12842',
    'Guillain-Barre syndrome',
    ['Guillain-Barré syndrome', 'GBS', 'ascending paralysis'],
    ['ICD10CM:G61.0', 'OMIM:139393'],
  ],
  [
    'DOID:5213',
    'chronic inflammatory demyelinating polyradiculoneuropathy',
    ['CIDP'],
    ['ICD10CM:G61.81'],
  ],
  [
    'DOID:332',
    'amyotrophic lateral sclerosis',
    ['ALS', 'motor neurone disease', "Lou Gehrig's disease"],
    ['ICD10CM:G12.21', 'OMIMPS:105400', 'ORPHA:803'],
  ],
  [
    'DOID:11459',
    'pseudotumor cerebri',
    ['idiopathic intracranial hypertension', 'IIH', 'raised pressure in the head'],
    ['ICD10CM:G93.2', 'OMIM:243200'],
  ],
  [
    'DOID:8986',
    'narcolepsy',
    ['falling asleep suddenly', 'sleep attacks'],
    ['ICD10CM:G47.41', 'ORPHA:2073'],
  ],
  ['DOID:6364', 'migraine', ['migraine headache', 'sick headache'], ['ICD10CM:G43', 'OMIM:157300']],
  [
    'DOID:1768',
    'conversion disorder',
    ['functional neurological disorder', 'FND'],
    ['ICD10CM:F44'],
  ],
  [
    'DOID:3687',
    'MELAS syndrome',
    ['MELAS', 'mitochondrial stroke-like episodes'],
    ['ICD10CM:E88.41', 'OMIM:540000'],
  ],
  // Hormones
  [
    'DOID:13774',
    "Addison's disease",
    ['Addison disease', 'primary adrenal insufficiency', 'underactive adrenal glands'],
    ['ICD10CM:E27.1'],
  ],
  ['DOID:1459', 'hypothyroidism', ['underactive thyroid', 'low thyroid'], ['ICD10CM:E03.9']],
  ['DOID:7998', 'hyperthyroidism', ['overactive thyroid'], ['ICD10CM:E05.9']],
  [
    'DOID:12361',
    "Graves' disease",
    ['Graves disease', 'toxic diffuse goitre'],
    ['ICD10CM:E05.0', 'OMIM:275000'],
  ],
  [
    'DOID:7188',
    'autoimmune thyroiditis',
    ["Hashimoto's thyroiditis", "Hashimoto's disease"],
    ['ICD10CM:E06.3'],
  ],
  [
    'DOID:0050771',
    'pheochromocytoma',
    ['phaeochromocytoma', 'adrenaline-making tumour'],
    ['OMIM:171300'],
  ],
  [
    'DOID:3946',
    "pituitary-dependent Cushing's disease",
    ["Cushing's disease", 'too much cortisol from the pituitary'],
    ['ICD10CM:E24.0'],
  ],
  [
    'DOID:12028',
    "Conn's syndrome",
    ['Conn syndrome', 'aldosterone-producing adenoma'],
    ['ICD10CM:E26.01'],
  ],
  ['DOID:2449', 'acromegaly', ['too much growth hormone'], []],
  [
    'DOID:11202',
    'primary hyperparathyroidism',
    ['overactive parathyroid', 'high calcium from the parathyroid'],
    ['ICD10CM:E21.0', 'ORPHA:99878'],
  ],
  ['DOID:9406', 'hypopituitarism', ['underactive pituitary'], ['ICD10CM:E23.0', 'ORPHA:95494']],
  [
    'DOID:11612',
    'polycystic ovary syndrome',
    ['PCOS', 'polycystic ovaries'],
    ['ICD10CM:E28.2', 'OMIM:184700'],
  ],
  // Metabolism and storage
  [
    'DOID:2352',
    'hemochromatosis',
    ['haemochromatosis', 'iron overload', 'too much iron'],
    ['ICD10CM:E83.11', 'OMIMPS:235200', 'ORPHA:139498'],
  ],
  [
    'DOID:893',
    'Wilson disease',
    ["Wilson's disease", 'copper overload'],
    ['ICD10CM:E83.01', 'OMIM:277900'],
  ],
  ['DOID:14499', 'Fabry disease', ['Anderson-Fabry disease'], ['ICD10CM:E75.21', 'OMIM:301500']],
  ['DOID:1926', "Gaucher's disease", ['Gaucher disease'], ['ICD10CM:E75.22', 'ORPHA:355']],
  [
    'DOID:2752',
    'glycogen storage disease II',
    ['Pompe disease', 'acid maltase deficiency'],
    ['ICD10CM:E74.02', 'OMIM:232300'],
  ],
  ['DOID:3890', 'acute intermittent porphyria', ['AIP', 'porphyria attacks'], ['OMIM:176000']],
  ['DOID:9120', 'amyloidosis', ['amyloid'], ['ICD10CM:E85']],
  [
    'DOID:1485',
    'cystic fibrosis',
    ['CF', 'mucoviscidosis'],
    ['ICD10CM:E84', 'OMIM:219700', 'ORPHA:586'],
  ],
  // Gut and liver
  [
    'DOID:10608',
    'celiac disease',
    ['coeliac disease', 'gluten intolerance', 'gluten-sensitive enteropathy'],
    ['ICD10CM:K90.0', 'ORPHA:555'],
  ],
  ['DOID:8778', "Crohn's disease", ['Crohn disease', 'regional enteritis'], []],
  ['DOID:8577', 'ulcerative colitis', ['UC'], ['ICD10CM:K51']],
  ['DOID:9778', 'irritable bowel syndrome', ['IBS', 'spastic colon'], ['ICD10CM:K58']],
  ['DOID:8476', 'Whipple disease', ["Whipple's disease"], ['ICD10CM:K90.81']],
  ['DOID:2048', 'autoimmune hepatitis', ['AIH', 'lupoid hepatitis'], []],
  [
    'DOID:12236',
    'primary biliary cholangitis',
    ['primary biliary cirrhosis', 'PBC'],
    ['ICD10CM:K74.3', 'ORPHA:186'],
  ],
  [
    'DOID:13922',
    'eosinophilic esophagitis',
    ['eosinophilic oesophagitis', 'EoE', 'food sticking in the gullet'],
    ['ICD10CM:K20.0', 'ORPHA:73247'],
  ],
  [
    'DOID:11914',
    'gastroparesis',
    ['slow stomach emptying', 'stomach paralysis'],
    ['ICD10CM:K31.84'],
  ],
  ['DOID:289', 'endometriosis', ['endo'], ['ICD10CM:N80']],
  // Infections
  ['DOID:11729', 'Lyme disease', ['Lyme borreliosis', 'Lyme'], ['ICD10CM:A69.2']],
  ['DOID:399', 'tuberculosis', ['TB', 'consumption'], []],
  ['DOID:11077', 'brucellosis', ['Malta fever', 'undulant fever'], ['ICD10CM:A23']],
  ['DOID:11100', 'Q fever', ['Coxiella infection'], ['ICD10CM:A78']],
  ['DOID:4166', 'syphilis', ['lues', 'Treponema pallidum infection'], []],
  [
    'DOID:526',
    'human immunodeficiency virus infectious disease',
    ['HIV', 'HIV infection', 'AIDS'],
    ['ICD10CM:B20'],
  ],
  [
    'DOID:8568',
    'infectious mononucleosis',
    ['glandular fever', 'mono', 'kissing disease'],
    ['ICD10CM:B27'],
  ],
  // Blood
  ['DOID:349', 'systemic mastocytosis', ['mast cell disease'], ['ICD10CM:D47.02']],
  [
    'DOID:0050120',
    'hemophagocytic lymphohistiocytosis',
    ['HLH', 'haemophagocytic syndrome'],
    ['ICD10CM:D76.1', 'OMIMPS:267700', 'ORPHA:540'],
  ],
  [
    'DOID:13381',
    'pernicious anemia',
    ['pernicious anaemia', 'B12 deficiency anemia'],
    ['ICD10CM:D51.0', 'OMIM:170900'],
  ],
  [
    'DOID:8567',
    "Hodgkin's lymphoma",
    ['Hodgkin lymphoma', "Hodgkin's disease"],
    ['ICD10CM:C81', 'ORPHA:98293'],
  ],
  [
    'DOID:9538',
    'multiple myeloma',
    ['myeloma', 'Kahler disease'],
    ['ICD10CM:C90.0', 'OMIM:254500', 'ORPHA:29073'],
  ],
  [
    'DOID:1270',
    'hereditary hemorrhagic telangiectasia',
    ['HHT', 'Osler-Weber-Rendu disease'],
    ['ICD10CM:I78.0', 'OMIM:187300', 'ORPHA:774'],
  ],
];

/** The demo's diagnoses, as the importer writes them. */
export const demoDiagnoses: readonly ConceptRecord[] = diagnoses.map(
  ([id, display, synonyms, xrefs]) => ({
    ...splitConceptId(id),
    display,
    synonyms: [...synonyms],
    xrefs: [...xrefs],
  }),
);

/**
 * Loads the demo diagnoses, unless diagnosis concepts are there already (an import of Disease
 * Ontology, ICD-10-CM or any other vocabulary is left as it is).
 */
export async function loadDemoDiagnoses(db: Queryable): Promise<number> {
  if (await hasDiagnosisConcepts(db)) return 0;
  return importConcepts(db, demoDiagnoses);
}
