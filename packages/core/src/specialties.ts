// The taxonomy of specialties and subspecialties members verify in, cases are tagged with and
// pages are sent to. Codes are stable identifiers (stored in the database); names are English.
// A subspecialty names its parent specialty.

export interface Specialty {
  readonly code: string;
  readonly name: string;
  readonly parent?: string;
}

export const SPECIALTIES = [
  { code: 'allergy-immunology', name: 'Allergy and immunology' },
  { code: 'anesthesiology', name: 'Anesthesiology' },
  {
    code: 'critical-care-anesthesiology',
    name: 'Critical care anesthesiology',
    parent: 'anesthesiology',
  },
  { code: 'pain-medicine', name: 'Pain medicine', parent: 'anesthesiology' },
  { code: 'pediatric-anesthesiology', name: 'Pediatric anesthesiology', parent: 'anesthesiology' },
  { code: 'cardiology', name: 'Cardiology', parent: 'internal-medicine' },
  { code: 'interventional-cardiology', name: 'Interventional cardiology', parent: 'cardiology' },
  { code: 'electrophysiology', name: 'Cardiac electrophysiology', parent: 'cardiology' },
  {
    code: 'heart-failure-transplant',
    name: 'Heart failure and transplant cardiology',
    parent: 'cardiology',
  },
  {
    code: 'adult-congenital-heart-disease',
    name: 'Adult congenital heart disease',
    parent: 'cardiology',
  },
  { code: 'cardiothoracic-surgery', name: 'Cardiothoracic surgery' },
  { code: 'colorectal-surgery', name: 'Colon and rectal surgery' },
  { code: 'dermatology', name: 'Dermatology' },
  { code: 'dermatopathology', name: 'Dermatopathology', parent: 'dermatology' },
  { code: 'pediatric-dermatology', name: 'Pediatric dermatology', parent: 'dermatology' },
  { code: 'mohs-surgery', name: 'Micrographic dermatologic surgery', parent: 'dermatology' },
  { code: 'emergency-medicine', name: 'Emergency medicine' },
  { code: 'medical-toxicology', name: 'Medical toxicology', parent: 'emergency-medicine' },
  {
    code: 'pediatric-emergency-medicine',
    name: 'Pediatric emergency medicine',
    parent: 'emergency-medicine',
  },
  {
    code: 'emergency-medical-services',
    name: 'Emergency medical services',
    parent: 'emergency-medicine',
  },
  {
    code: 'endocrinology',
    name: 'Endocrinology, diabetes and metabolism',
    parent: 'internal-medicine',
  },
  { code: 'family-medicine', name: 'Family medicine' },
  { code: 'sports-medicine', name: 'Sports medicine', parent: 'family-medicine' },
  { code: 'gastroenterology', name: 'Gastroenterology', parent: 'internal-medicine' },
  { code: 'hepatology', name: 'Transplant hepatology', parent: 'gastroenterology' },
  { code: 'general-surgery', name: 'General surgery' },
  { code: 'surgical-critical-care', name: 'Surgical critical care', parent: 'general-surgery' },
  {
    code: 'surgical-oncology',
    name: 'Complex general surgical oncology',
    parent: 'general-surgery',
  },
  { code: 'trauma-surgery', name: 'Trauma surgery', parent: 'general-surgery' },
  { code: 'vascular-surgery', name: 'Vascular surgery' },
  { code: 'pediatric-surgery', name: 'Pediatric surgery', parent: 'general-surgery' },
  { code: 'transplant-surgery', name: 'Transplant surgery', parent: 'general-surgery' },
  { code: 'geriatrics', name: 'Geriatric medicine', parent: 'internal-medicine' },
  { code: 'hematology', name: 'Hematology', parent: 'internal-medicine' },
  { code: 'hospice-palliative-medicine', name: 'Hospice and palliative medicine' },
  { code: 'hospital-medicine', name: 'Hospital medicine', parent: 'internal-medicine' },
  { code: 'infectious-disease', name: 'Infectious disease', parent: 'internal-medicine' },
  { code: 'internal-medicine', name: 'Internal medicine' },
  { code: 'medical-genetics', name: 'Medical genetics and genomics' },
  { code: 'biochemical-genetics', name: 'Biochemical genetics', parent: 'medical-genetics' },
  {
    code: 'clinical-molecular-genetics',
    name: 'Laboratory genetics and genomics',
    parent: 'medical-genetics',
  },
  { code: 'nephrology', name: 'Nephrology', parent: 'internal-medicine' },
  { code: 'neurology', name: 'Neurology' },
  { code: 'child-neurology', name: 'Child neurology', parent: 'neurology' },
  { code: 'clinical-neurophysiology', name: 'Clinical neurophysiology', parent: 'neurology' },
  { code: 'epilepsy', name: 'Epilepsy', parent: 'neurology' },
  { code: 'neuromuscular-medicine', name: 'Neuromuscular medicine', parent: 'neurology' },
  { code: 'vascular-neurology', name: 'Vascular neurology', parent: 'neurology' },
  { code: 'headache-medicine', name: 'Headache medicine', parent: 'neurology' },
  { code: 'movement-disorders', name: 'Movement disorders', parent: 'neurology' },
  { code: 'neuroimmunology', name: 'Neuroimmunology and multiple sclerosis', parent: 'neurology' },
  { code: 'neurosurgery', name: 'Neurological surgery' },
  { code: 'nuclear-medicine', name: 'Nuclear medicine' },
  { code: 'obstetrics-gynecology', name: 'Obstetrics and gynecology' },
  {
    code: 'maternal-fetal-medicine',
    name: 'Maternal-fetal medicine',
    parent: 'obstetrics-gynecology',
  },
  { code: 'gynecologic-oncology', name: 'Gynecologic oncology', parent: 'obstetrics-gynecology' },
  {
    code: 'reproductive-endocrinology',
    name: 'Reproductive endocrinology and infertility',
    parent: 'obstetrics-gynecology',
  },
  {
    code: 'urogynecology',
    name: 'Urogynecology and pelvic reconstructive surgery',
    parent: 'obstetrics-gynecology',
  },
  { code: 'medical-oncology', name: 'Medical oncology', parent: 'internal-medicine' },
  { code: 'radiation-oncology', name: 'Radiation oncology' },
  { code: 'ophthalmology', name: 'Ophthalmology' },
  { code: 'neuro-ophthalmology', name: 'Neuro-ophthalmology', parent: 'ophthalmology' },
  { code: 'retina', name: 'Retina and vitreous', parent: 'ophthalmology' },
  { code: 'orthopaedic-surgery', name: 'Orthopaedic surgery' },
  { code: 'hand-surgery', name: 'Hand surgery', parent: 'orthopaedic-surgery' },
  {
    code: 'orthopaedic-sports-medicine',
    name: 'Orthopaedic sports medicine',
    parent: 'orthopaedic-surgery',
  },
  { code: 'spine-surgery', name: 'Spine surgery', parent: 'orthopaedic-surgery' },
  { code: 'otolaryngology', name: 'Otolaryngology – head and neck surgery' },
  { code: 'neurotology', name: 'Neurotology', parent: 'otolaryngology' },
  { code: 'sleep-medicine', name: 'Sleep medicine' },
  { code: 'pathology', name: 'Pathology' },
  { code: 'cytopathology', name: 'Cytopathology', parent: 'pathology' },
  { code: 'forensic-pathology', name: 'Forensic pathology', parent: 'pathology' },
  { code: 'hematopathology', name: 'Hematopathology', parent: 'pathology' },
  { code: 'neuropathology', name: 'Neuropathology', parent: 'pathology' },
  { code: 'pediatrics', name: 'Pediatrics' },
  { code: 'neonatology', name: 'Neonatal-perinatal medicine', parent: 'pediatrics' },
  { code: 'pediatric-cardiology', name: 'Pediatric cardiology', parent: 'pediatrics' },
  {
    code: 'pediatric-critical-care',
    name: 'Pediatric critical care medicine',
    parent: 'pediatrics',
  },
  { code: 'pediatric-endocrinology', name: 'Pediatric endocrinology', parent: 'pediatrics' },
  { code: 'pediatric-gastroenterology', name: 'Pediatric gastroenterology', parent: 'pediatrics' },
  {
    code: 'pediatric-hematology-oncology',
    name: 'Pediatric hematology-oncology',
    parent: 'pediatrics',
  },
  {
    code: 'pediatric-infectious-disease',
    name: 'Pediatric infectious diseases',
    parent: 'pediatrics',
  },
  { code: 'pediatric-nephrology', name: 'Pediatric nephrology', parent: 'pediatrics' },
  { code: 'pediatric-pulmonology', name: 'Pediatric pulmonology', parent: 'pediatrics' },
  { code: 'pediatric-rheumatology', name: 'Pediatric rheumatology', parent: 'pediatrics' },
  {
    code: 'developmental-pediatrics',
    name: 'Developmental-behavioral pediatrics',
    parent: 'pediatrics',
  },
  { code: 'physical-medicine-rehabilitation', name: 'Physical medicine and rehabilitation' },
  { code: 'plastic-surgery', name: 'Plastic surgery' },
  { code: 'preventive-medicine', name: 'Preventive medicine' },
  { code: 'occupational-medicine', name: 'Occupational medicine', parent: 'preventive-medicine' },
  {
    code: 'public-health',
    name: 'Public health and general preventive medicine',
    parent: 'preventive-medicine',
  },
  { code: 'psychiatry', name: 'Psychiatry' },
  { code: 'addiction-medicine', name: 'Addiction medicine', parent: 'psychiatry' },
  {
    code: 'child-adolescent-psychiatry',
    name: 'Child and adolescent psychiatry',
    parent: 'psychiatry',
  },
  {
    code: 'consultation-liaison-psychiatry',
    name: 'Consultation-liaison psychiatry',
    parent: 'psychiatry',
  },
  { code: 'geriatric-psychiatry', name: 'Geriatric psychiatry', parent: 'psychiatry' },
  { code: 'pulmonology', name: 'Pulmonary disease', parent: 'internal-medicine' },
  { code: 'critical-care-medicine', name: 'Critical care medicine', parent: 'internal-medicine' },
  { code: 'radiology', name: 'Diagnostic radiology' },
  { code: 'interventional-radiology', name: 'Interventional radiology', parent: 'radiology' },
  { code: 'neuroradiology', name: 'Neuroradiology', parent: 'radiology' },
  { code: 'pediatric-radiology', name: 'Pediatric radiology', parent: 'radiology' },
  { code: 'rheumatology', name: 'Rheumatology', parent: 'internal-medicine' },
  {
    code: 'clinical-immunology',
    name: 'Clinical and laboratory immunology',
    parent: 'allergy-immunology',
  },
  { code: 'thoracic-surgery', name: 'Thoracic surgery', parent: 'cardiothoracic-surgery' },
  { code: 'urology', name: 'Urology' },
  { code: 'pediatric-urology', name: 'Pediatric urology', parent: 'urology' },
  { code: 'tropical-medicine', name: 'Tropical and travel medicine', parent: 'infectious-disease' },
  { code: 'general-practice', name: 'General practice' },
  { code: 'dentistry', name: 'Dentistry' },
  {
    code: 'oral-maxillofacial-surgery',
    name: 'Oral and maxillofacial surgery',
    parent: 'dentistry',
  },
  { code: 'clinical-pharmacy', name: 'Clinical pharmacy' },
  { code: 'nursing', name: 'Nursing' },
  { code: 'critical-care-nursing', name: 'Critical care nursing', parent: 'nursing' },
  { code: 'midwifery', name: 'Midwifery' },
  { code: 'physiotherapy', name: 'Physiotherapy' },
  { code: 'clinical-psychology', name: 'Clinical psychology' },
  { code: 'nutrition-dietetics', name: 'Nutrition and dietetics' },
] as const satisfies readonly Specialty[];

export type SpecialtyCode = (typeof SPECIALTIES)[number]['code'];

export const SPECIALTY_CODES = SPECIALTIES.map((specialty) => specialty.code) as [
  SpecialtyCode,
  ...SpecialtyCode[],
];

const byCode: ReadonlyMap<string, Specialty> = new Map(
  SPECIALTIES.map((specialty) => [specialty.code, specialty]),
);

export function specialtyByCode(code: string): Specialty | undefined {
  return byCode.get(code);
}

/** The specialty's name, or the code itself if the taxonomy no longer has it. */
export function specialtyName(code: string): string {
  return byCode.get(code)?.name ?? code;
}

/** The professions a member can verify as; students verify with their school instead. */
export const PROFESSIONS = [
  'physician',
  'resident-physician',
  'nurse',
  'nurse-practitioner',
  'physician-assistant',
  'pharmacist',
  'dentist',
  'midwife',
  'paramedic',
  'physiotherapist',
  'psychologist',
  'dietitian',
  'laboratory-scientist',
  'other-health-professional',
] as const;
export type Profession = (typeof PROFESSIONS)[number];

/** Programmes a student can verify as enrolled in. */
export const STUDY_PROGRAMS = [
  'medicine',
  'nursing',
  'pharmacy',
  'dentistry',
  'physician-assistant',
  'other-health-program',
] as const;
export type StudyProgram = (typeof STUDY_PROGRAMS)[number];

/** A verification lasts this long unless the instance configures otherwise (two years). */
export const DEFAULT_CREDENTIAL_VALIDITY_DAYS = 730;
