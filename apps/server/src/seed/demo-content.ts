// Demo cases, suggestions and votes for the seeded platform: all invented, no real patients.
import type { PatientQuestionnaire } from '@consilium/api';

export type DemoMemberKey =
  'patient' | 'detective' | 'student' | 'professional' | 'moderator' | 'admin';

export interface DemoVote {
  by: DemoMemberKey;
  value: 1 | -1;
}

export interface DemoSuggestion {
  by: DemoMemberKey;
  diagnosis: string;
  /** The concept in the demo vocabulary (apps/server/src/vocabulary/demo-diagnoses.ts). */
  conceptId?: string;
  rationale: string;
  nextSteps?: string;
  /** 0–100 %. */
  confidence?: number;
  votes: DemoVote[];
}

/** A professional's clinical case: the question is the presentation's last paragraph. */
export interface DemoClinical {
  specialties: string[];
  audience: 'everyone' | 'professionals';
  anonymous: boolean;
  /** The pseudonym shown when anonymous (the demo professional's tier). */
  label?: string;
}

export interface DemoCase {
  author: DemoMemberKey;
  clinical?: DemoClinical;
  /** An image post (its images arrive with media upload): the presentation is the caption. */
  imagePost?: true;
  /** A shared solved case: the answer stays hidden until each solver commits a differential. */
  solution?: { diagnosis: string; teachingPoint: string };
  /** A patient case written through the questionnaire. */
  questionnaire?: PatientQuestionnaire;
  /** 5–200 characters. */
  title: string;
  /** 120–320 words of plain text, paragraphs separated by a blank line. */
  presentation: string;
  /** When it was posted, in days before the seeding (0–60); all different. */
  daysAgo: number;
  suggestions: DemoSuggestion[];
  /** Closed for good (report frozen) that many days ago, and the diagnosis later confirmed. */
  closed?: {
    daysAgo: number;
    outcome: {
      conceptId: string;
      method: 'laboratory' | 'genetic-test' | 'biopsy';
      confirmedDaysAgo: number;
      teachingPoint: string;
    };
  };
}

export const demoCases: readonly DemoCase[] = [
  {
    author: 'patient',
    title: "Swelling attacks in my face, hands and gut that antihistamines don't touch",
    closed: {
      daysAgo: 12,
      outcome: {
        conceptId: 'DOID:14735',
        method: 'laboratory',
        confirmedDaysAgo: 4,
        teachingPoint:
          'Swelling without hives that adrenaline, steroids and antihistamines do not touch points to bradykinin: a low C4 between attacks is the cheap first test.',
      },
    },
    presentation: [
      'For about six years I have had attacks where part of my body swells up for two to four days and then goes away completely. It has been my hands, my feet, one side of my face and my lips, and twice my throat felt tight enough that I went to the emergency department. The swelling is not itchy and I never get hives with it.',
      "I also get episodes of severe cramping stomach pain with vomiting that last a day or two. During one of them a CT scan showed a 'thickened bowel wall and some free fluid', and on a second scan a few days later it was all gone. A surgeon said it was probably a viral infection.",
      'The attacks seem to be set off by dental work, a knock to the skin and stress, and they got much worse when I started a combined contraceptive pill two years ago (I have since stopped it). I have tried high-dose antihistamines, and in the emergency department I was given adrenaline and steroids, which made no real difference; the swelling just ran its course.',
      "My mother had 'bad allergies' with a swollen face when she was young, and my uncle had unexplained stomach attacks.",
      'Blood tests so far: full blood count normal, tryptase normal, thyroid normal, allergy skin prick tests negative. Nobody has found a trigger food. I am not on any blood pressure medicines.',
      'Is there a non-allergic cause for swelling like this, and what test should I ask my GP for?',
    ].join('\n\n'),
    daysAgo: 41,
    suggestions: [
      {
        by: 'professional',
        diagnosis: 'Hereditary angioedema type 1 (C1 inhibitor deficiency)',
        conceptId: 'DOID:14735',
        rationale:
          'Recurrent non-itchy swelling without hives lasting days, abdominal attacks with transient bowel wall oedema, trauma and oestrogen triggers, no response to adrenaline or steroids, and an affected mother and uncle all point to bradykinin-mediated angioedema. Check C4 (low even between attacks) with C1 inhibitor level and function; if abnormal, SERPING1 genetic testing.',
        votes: [
          { by: 'patient', value: 1 },
          { by: 'moderator', value: 1 },
          { by: 'detective', value: 1 },
          { by: 'student', value: 1 },
        ],
      },
      {
        by: 'student',
        diagnosis: 'Chronic spontaneous urticaria with angioedema',
        rationale:
          'Recurrent angioedema is most often histamine-mediated and part of chronic urticaria, even when wheals are sparse. Up-dosed second-generation antihistamines and, failing that, omalizumab would be the usual next steps.',
        votes: [
          { by: 'detective', value: 1 },
          { by: 'professional', value: -1 },
          { by: 'patient', value: -1 },
        ],
      },
      {
        by: 'detective',
        diagnosis: 'Mast cell activation syndrome',
        rationale:
          'Episodic swelling with gut symptoms, set off by stress and physical pressure, can fit mast cell activation. A tryptase drawn within a few hours of an attack, compared with baseline, would test this.',
        votes: [
          { by: 'student', value: 1 },
          { by: 'professional', value: -1 },
        ],
      },
    ],
  },
  {
    author: 'patient',
    title: 'Racing heart and near-fainting whenever I stand, ever since a bad virus',
    presentation: [
      'About ten months ago I had a flu-like illness that kept me in bed for two weeks, and I never really recovered. Whenever I stand up, and especially if I stand still in a queue or in a hot shower, my heart starts pounding, I feel light-headed, my vision greys at the edges and my legs turn a purplish colour. Lying down settles it within a few minutes. I also have brain fog and poor sleep, and I am wiped out for a day or two after what used to be an easy walk.',
      'I am 24 and was running three times a week before this.',
      "My GP did an ECG (normal apart from 'sinus tachycardia' of 118 while sitting on the couch), a 24-hour heart monitor (rate between 58 asleep and 165 climbing stairs, no abnormal rhythms), and blood tests: blood count, ferritin, thyroid, morning cortisol and glucose were all normal. An echocardiogram was normal. At a follow-up the nurse measured my pulse lying down at 72 and after standing for eight minutes at 121, while my blood pressure stayed about the same (112/70 lying, 108/74 standing).",
      'I was told it was anxiety and deconditioning. I do feel anxious, but mostly about the symptoms. Extra salt and water help a little.',
      'Is there a name for this, and is there a proper test I should ask for?',
    ].join('\n\n'),
    daysAgo: 33,
    suggestions: [
      {
        by: 'student',
        diagnosis: 'Postural orthostatic tachycardia syndrome (POTS), post-viral',
        conceptId: 'DOID:0111154',
        rationale:
          'A sustained heart-rate rise of about 50 beats per minute within ten minutes of standing, without orthostatic hypotension, with months of symptoms and a normal work-up fits POTS; onset after a viral illness is common. A formal tilt-table test or a 10-minute active stand test confirms it.',
        votes: [
          { by: 'professional', value: 1 },
          { by: 'patient', value: 1 },
          { by: 'moderator', value: 1 },
        ],
      },
      {
        by: 'detective',
        diagnosis: 'Inappropriate sinus tachycardia',
        rationale:
          'A resting sinus rate above 100 with exaggerated rises on minimal effort and a structurally normal heart can be inappropriate sinus tachycardia.',
        votes: [
          { by: 'admin', value: 1 },
          { by: 'professional', value: -1 },
        ],
      },
      {
        by: 'professional',
        diagnosis:
          'Myalgic encephalomyelitis/chronic fatigue syndrome with orthostatic intolerance',
        rationale:
          'Post-exertional crashes, unrefreshing sleep and brain fog after a viral illness suggest ME/CFS alongside the POTS picture. The two often coexist, and pacing rather than graded exercise matters for management.',
        votes: [
          { by: 'patient', value: 1 },
          { by: 'student', value: 1 },
        ],
      },
    ],
  },
  {
    author: 'patient',
    title: 'Exhausted, losing weight, craving salt, and my skin keeps getting darker',
    presentation: [
      'Over the past eight months I have lost about 9 kg without trying. I am 38 and was always fairly healthy. I am tired in a way that sleep does not fix, I get dizzy when I stand up, and I have had bouts of nausea and stomach ache. I crave salty food constantly, to the point of licking salt from my hand, which I know sounds strange.',
      'Friends keep asking if I have been on holiday because I look tanned, but I have not been in the sun. My knuckles, the creases of my palms and an old scar on my knee have gone noticeably darker, and there are dark patches inside my cheeks.',
      'My GP first thought it was depression and started an antidepressant, which has not helped. Blood tests: sodium 129 mmol/L (low), potassium 5.6 mmol/L (high), creatinine slightly up, fasting glucose 3.9 mmol/L, TSH 6.1 (slightly high) with a normal free T4. Coeliac screen negative. My blood pressure at the clinic was 94/60.',
      'I also have vitiligo on my hands, and my sister has type 1 diabetes, if that matters.',
      'I am worried because last week I nearly passed out after a stomach bug. What could link the tiredness, the skin darkening and the salt problems?',
    ].join('\n\n'),
    daysAgo: 27,
    suggestions: [
      {
        by: 'detective',
        diagnosis: 'Primary hypothyroidism',
        conceptId: 'DOID:1459',
        rationale:
          'The TSH is raised, and an underactive thyroid causes fatigue, low mood and low sodium.',
        votes: [
          { by: 'student', value: -1 },
          { by: 'professional', value: -1 },
        ],
      },
      {
        by: 'professional',
        diagnosis: 'Addison disease (primary adrenal insufficiency), probably autoimmune',
        conceptId: 'DOID:13774',
        rationale:
          'Weight loss, postural hypotension, salt craving and pigmentation of palmar creases, scars and buccal mucosa, with low sodium, high potassium and low glucose, are classic; vitiligo and family autoimmunity support an autoimmune cause, and a mild TSH rise is common before treatment. Needs same-day review: 9 am cortisol with ACTH, a short Synacthen test and 21-hydroxylase antibodies, as a stomach bug can tip this into adrenal crisis.',
        votes: [
          { by: 'patient', value: 1 },
          { by: 'student', value: 1 },
          { by: 'moderator', value: 1 },
          { by: 'detective', value: 1 },
        ],
      },
      {
        by: 'student',
        diagnosis: 'Autoimmune polyglandular syndrome type 2',
        rationale:
          'Adrenal insufficiency together with autoimmune thyroid disease, vitiligo and a sibling with type 1 diabetes suggests APS-2. Thyroid peroxidase antibodies would support it, and relatives could be screened.',
        votes: [
          { by: 'professional', value: 1 },
          { by: 'patient', value: 1 },
        ],
      },
      {
        by: 'moderator',
        diagnosis: 'Hereditary haemochromatosis',
        conceptId: 'DOID:2352',
        rationale:
          'Bronze skin with fatigue and weight loss can be iron overload; ferritin and transferrin saturation are cheap to check.',
        votes: [{ by: 'professional', value: -1 }],
      },
    ],
  },
  {
    author: 'patient',
    title:
      'Repeated attacks of severe belly pain, dark urine and confusion, but every scan is normal',
    presentation: [
      'For the last two years I (29, female) have had attacks of severe stomach pain that build over a day or so and last about a week. The pain is all over and deep, and far worse than anything the doctors find when they press on my belly. During attacks I vomit, I am badly constipated, my heart races, and my blood pressure has been high (up to 165/100). I also get pain in my back and thighs, and my arms feel weak. In the last attack I was confused and very anxious, and a nurse noticed my urine turned reddish-brown after it had been standing by the window.',
      'I have had my appendix and gallbladder removed and three CT scans, all normal. An endoscopy was normal. My sodium dropped to 124 mmol/L during the last admission. Liver tests and lipase were normal. Attacks seem to come just before my period or after dieting, and one started after I was given an antibiotic for a urine infection.',
      'Between attacks I am mostly well. I have been told it could be functional abdominal pain, or that I am seeking painkillers, which is very upsetting.',
      'What could cause attacks like this, and what should be tested during the next one?',
    ].join('\n\n'),
    daysAgo: 52,
    suggestions: [
      {
        by: 'student',
        diagnosis: 'Abdominal migraine',
        rationale:
          'Stereotyped episodes of severe abdominal pain with vomiting and complete wellness in between can be abdominal migraine, which is under-recognised in adults.',
        votes: [
          { by: 'moderator', value: 1 },
          { by: 'professional', value: -1 },
          { by: 'detective', value: -1 },
        ],
      },
      {
        by: 'detective',
        diagnosis: 'Acute intermittent porphyria',
        conceptId: 'DOID:3890',
        rationale:
          'Severe pain with few abdominal signs, tachycardia, hypertension, hyponatraemia, proximal weakness, confusion and urine that darkens on standing, triggered by the menstrual cycle, fasting and drugs, are typical neurovisceral attacks. A spot urine porphobilinogen (PBG), protected from light and taken during an attack, is the key test; HMBS gene testing follows.',
        votes: [
          { by: 'professional', value: 1 },
          { by: 'patient', value: 1 },
          { by: 'student', value: 1 },
        ],
      },
      {
        by: 'moderator',
        diagnosis: 'Lead poisoning',
        rationale:
          'Lead can mimic porphyria with colicky pain, constipation, motor neuropathy and raised urinary ALA. A blood lead level is cheap and worth sending alongside the porphyrin tests.',
        votes: [{ by: 'student', value: 1 }],
      },
    ],
  },
  {
    author: 'patient',
    title: 'Intensely itchy blisters on my elbows and knees, plus bloating and low iron',
    presentation: [
      'For about a year I (45, male) have had a rash that itches and burns so much it wakes me at night. It comes up as clusters of tiny blisters on the backs of my elbows, the fronts of my knees, my buttocks and along my hairline. I usually scratch them open before I can show anyone, so doctors mostly see scabs.',
      'I was told it was eczema and then scabies. I used two courses of scabies cream (and so did my partner) and steroid creams for months. The steroids take the edge off, but it always comes back.',
      'Separately, I have had bloating, wind and loose stools a few times a week for years, which I put down to stress. My GP found I am iron deficient (haemoglobin 118 g/L, ferritin 6 µg/L). I have been on iron tablets for four months, but my ferritin has barely moved. A colonoscopy was normal. My vitamin D and folate were also low.',
      'There is no family history of skin disease that I know of, though my mother has a thyroid problem.',
      'Could the rash and the gut problems be connected? I have a dermatology appointment in a few weeks and would like to know what to ask for.',
    ].join('\n\n'),
    daysAgo: 19,
    suggestions: [
      {
        by: 'detective',
        diagnosis: 'Irritable bowel syndrome',
        conceptId: 'DOID:9778',
        rationale:
          'Years of bloating and intermittent loose stools with a normal colonoscopy fit IBS; the rash may be a separate problem.',
        votes: [
          { by: 'moderator', value: 1 },
          { by: 'student', value: -1 },
          { by: 'professional', value: -1 },
        ],
      },
      {
        by: 'student',
        diagnosis: 'Dermatitis herpetiformis with coeliac disease',
        rationale:
          'Very itchy grouped vesicles on elbows, knees and buttocks, with iron deficiency that does not respond to oral iron and low folate and vitamin D, point to coeliac disease with its skin form. Test tissue transglutaminase IgA with total IgA while still eating gluten, and ask for a biopsy of normal skin next to a lesion for direct immunofluorescence (granular IgA in the dermal papillae).',
        votes: [
          { by: 'professional', value: 1 },
          { by: 'patient', value: 1 },
          { by: 'moderator', value: 1 },
        ],
      },
    ],
  },
  {
    author: 'patient',
    title:
      "Joints that slip out of place, stretchy skin and constant pain, but I'm told it's fibromyalgia",
    presentation: [
      'I am 31 and have had joint problems since I was a teenager. My shoulders and kneecaps partly dislocate several times a month, sometimes just from turning over in bed, and they pop back in by themselves. I sprain my ankles all the time. As a child I could do party tricks with my thumbs and put my palms flat on the floor with straight knees, and I still can.',
      "My skin is soft and stretches more than my friends' skin does, I bruise easily, I have some wide, thin scars on my knees, and I got stretch marks as a teenager without any weight change. I have daily widespread pain and tiredness, a very slow gut, and I get dizzy when I stand up quickly.",
      'A rheumatologist checked inflammatory markers, rheumatoid factor, anti-CCP and ANA, which were all negative, and an X-ray of my knees was normal. I was told I have fibromyalgia, given amitriptyline and advised to exercise, but physiotherapy makes things worse when it is not adapted to my joints.',
      'My heart has never been checked. Nobody in my family has had an aortic problem that I know of, though my mother is also very flexible and has had two hernias.',
      'Is there a connective tissue condition that explains all of this, and which specialist or tests should I ask about?',
    ].join('\n\n'),
    daysAgo: 46,
    suggestions: [
      {
        by: 'moderator',
        diagnosis: 'Hypermobile Ehlers–Danlos syndrome (hEDS)',
        conceptId: 'DOID:14757',
        rationale:
          'Generalised joint hypermobility (likely Beighton score of 5 or more), recurrent subluxations, soft stretchy skin, atrophic scars, unexplained striae, chronic pain and a hypermobile mother with hernias fit the current international hEDS criteria. The diagnosis is clinical; genetic testing mainly serves to exclude classical and vascular EDS.',
        votes: [
          { by: 'patient', value: 1 },
          { by: 'professional', value: 1 },
          { by: 'student', value: 1 },
        ],
      },
      {
        by: 'student',
        diagnosis: 'Marfan syndrome',
        conceptId: 'DOID:14323',
        rationale:
          'Hypermobility, stretch marks and dislocations also occur in Marfan syndrome; an echocardiogram for aortic root dilatation and an eye examination for lens dislocation would check.',
        votes: [
          { by: 'detective', value: 1 },
          { by: 'professional', value: -1 },
        ],
      },
      {
        by: 'professional',
        diagnosis: 'Classical Ehlers–Danlos syndrome',
        rationale:
          'Wide atrophic scars and marked skin extensibility raise classical EDS (COL5A1/COL5A2), which, unlike hEDS, can be confirmed genetically, so it is worth testing before settling on hEDS. A baseline echocardiogram is reasonable in either case.',
        votes: [
          { by: 'moderator', value: 1 },
          { by: 'patient', value: 1 },
        ],
      },
    ],
  },
  {
    author: 'patient',
    questionnaire: {
      version: 1,
      about: { ageBand: '18-29', sex: 'male', country: 'GB' },
      complaint: {
        title: 'Shaky hands, slurred speech and abnormal liver tests at 19',
        chiefComplaint:
          'Over six months my hands have started to shake, my speech slurs at times and my handwriting has become small, and a year ago my liver tests were raised.',
      },
      symptoms: {
        symptoms: [
          {
            description: 'Tremor of both hands, worse when holding them out or writing',
            bodySite: 'Both hands',
            onsetAgo: { value: 6, unit: 'months' },
            frequency: 'constant',
            severity: 6,
            worsens: 'Holding a cup, writing',
          },
          {
            description: 'Slurred speech and drooling at night',
            onsetAgo: { value: 3, unit: 'months' },
            frequency: 'daily',
            severity: 4,
          },
          {
            description: 'Irritability and low mood',
            onsetAgo: { value: 6, unit: 'months' },
            frequency: 'daily',
            severity: 5,
          },
        ],
      },
      history: {
        medications: [{ name: 'Propranolol', dose: '40 mg twice a day', since: 'Two months' }],
        familyHistory: 'My parents are cousins.',
        lifestyle: 'Student; drinks very little alcohol.',
      },
      tests: {
        tests: [
          { name: 'Liver enzymes', result: 'ALT 96 U/L, AST 88 U/L a year ago' },
          { name: 'Liver ultrasound', result: 'Liver looked slightly coarse' },
          { name: 'Blood count', result: 'Mild anaemia, platelets 110' },
          { name: 'Hepatitis B and C', result: 'Negative' },
        ],
      },
      diagnoses: {
        diagnoses: [
          { name: 'Essential tremor', status: 'considered', note: 'Propranolol has not helped' },
          { name: 'Fatty liver', status: 'considered' },
        ],
      },
      care: {
        specialtiesSeen: ['neurology', 'general-practice'],
        doctorsSeen: 3,
        illFor: { value: 6, unit: 'months' },
      },
      question: {
        wantToKnow:
          'What could be causing both the liver and the nerve problems at my age, and what should I ask the neurologist to test?',
      },
    },
    title: 'Shaky hands, slurred speech and abnormal liver tests at 19',
    presentation: [
      'Over the last six months I (19, male) have developed a tremor in my hands that is worse when I hold them out or try to write. My handwriting has become small and messy, and I left my part-time job because I kept spilling drinks. Friends say my speech sounds slurred at times, and I drool a bit at night. I have also become irritable and low, and my grades fell last term.',
      "A year ago, blood tests for a sports medical showed raised liver enzymes (ALT 96 U/L, AST 88 U/L). I was told it was probably fatty liver, although I am slim and drink very little. An ultrasound said the liver looked 'slightly coarse'. Hepatitis B and C tests were negative. More recently a blood count showed mild anaemia and low platelets (110).",
      "A neurologist thought it might be essential tremor and suggested propranolol, which has not helped. A brain MRI is booked but not done yet. When I went for new glasses, the optician mentioned a brownish 'ring' around the edge of my irises but said it was nothing to worry about.",
      'My parents are cousins, if that is relevant.',
      'What could be causing both the liver and the nerve problems at my age, and what should I ask the neurologist to test?',
    ].join('\n\n'),
    daysAgo: 2,
    suggestions: [],
  },
  {
    author: 'professional',
    clinical: {
      specialties: ['rheumatology', 'gastroenterology', 'infectious-disease'],
      audience: 'everyone',
      anonymous: true,
      label: 'Verified physician · Internal medicine',
    },
    title: 'Seronegative arthritis for seven years, now weight loss, diarrhoea and lymphadenopathy',
    presentation: [
      '56-year-old man. Seven-year history of migratory, non-erosive oligoarthritis of knees, wrists and ankles, labelled seronegative RA. Partial response to prednisolone; methotrexate ineffective. Joint symptoms and general malaise clearly worsened within three months of starting a TNF inhibitor, which was stopped.',
      'Past six months: diarrhoea 4–6 times daily with bloating, 12 kg weight loss, evening temperatures to 38.1 °C, and new forgetfulness reported by family. Works in agriculture; no travel abroad in the past decade.',
      'Exam: BMI 19, diffuse skin hyperpigmentation, small mobile axillary and inguinal nodes, mild ankle oedema. No active synovitis. Soft early diastolic murmur at the left sternal edge, not previously documented. MMSE 26/30.',
      'Labs: Hb 104 g/L, MCV 84 fL, WCC 7.8 ×10⁹/L, platelets 412 ×10⁹/L, CRP 46 mg/L, albumin 27 g/L, ferritin 310 µg/L, folate low. RF, anti-CCP and HLA-B27 negative. Coeliac serology negative. Stool cultures unremarkable. Blood cultures ×3 negative at 5 days. IGRA negative.',
      'CT chest/abdomen: mesenteric and retroperitoneal lymphadenopathy up to 22 mm with low-attenuation centres; small pericardial effusion. Gastroscopy: pale, shaggy duodenal mucosa with whitish patches; biopsies taken, routine H&E pending.',
      'What unifying diagnosis would you consider, and what should I ask the pathologist to do with the duodenal biopsies?',
    ].join('\n\n'),
    daysAgo: 58,
    suggestions: [
      {
        by: 'detective',
        diagnosis: 'Enteropathy-associated or other intestinal lymphoma',
        rationale:
          'Weight loss, fevers, bulky mesenteric nodes and malabsorption in a man in his fifties is lymphoma until proven otherwise; a node biopsy is needed.',
        votes: [
          { by: 'moderator', value: 1 },
          { by: 'patient', value: 1 },
          { by: 'student', value: -1 },
        ],
      },
      {
        by: 'student',
        diagnosis: 'Whipple disease (Tropheryma whipplei infection)',
        conceptId: 'DOID:8476',
        rationale:
          'Years of migratory seronegative arthritis that worsened on immunosuppression, then malabsorption, weight loss, fever, low-attenuation mesenteric nodes, hyperpigmentation, cognitive change and possible culture-negative endocarditis are classic. Ask for PAS staining (foamy PAS-positive macrophages in the lamina propria) and T. whipplei PCR on the biopsies, and consider CSF PCR given the cognitive symptoms.',
        votes: [
          { by: 'professional', value: 1 },
          { by: 'detective', value: 1 },
          { by: 'moderator', value: 1 },
          { by: 'admin', value: 1 },
        ],
      },
      {
        by: 'moderator',
        diagnosis: 'Abdominal tuberculosis',
        rationale:
          'Low-attenuation mesenteric nodes with fever and weight loss also suggest TB, and a negative IGRA does not exclude it; send mycobacterial culture and PCR on any tissue.',
        votes: [
          { by: 'student', value: 1 },
          { by: 'professional', value: -1 },
        ],
      },
    ],
  },
  {
    author: 'professional',
    clinical: {
      specialties: ['nephrology', 'cardiology', 'medical-genetics'],
      audience: 'everyone',
      anonymous: false,
    },
    title: 'Burning hand and foot pain since childhood, proteinuria and LV hypertrophy at 34',
    presentation: [
      '34-year-old man referred by nephrology. Since about age 10: episodic burning pain in hands and feet triggered by heat, exercise and fever, lasting hours to days. Lifelong reduced sweating and heat intolerance. Recurrent post-prandial abdominal cramps and diarrhoea. Previously told "growing pains", later "functional".',
      'Exam: BP 138/86. Clusters of dark red, non-blanching punctate papules over the lower abdomen, buttocks and scrotum. Slit lamp: whorl-like corneal opacities; no amiodarone or chloroquine exposure. Reduced pinprick and temperature sensation distally; power and reflexes normal.',
      'Labs: creatinine 118 µmol/L, eGFR 68 mL/min/1.73 m², urine albumin:creatinine ratio 74 mg/mmol, bland sediment. HbA1c 5.2%, B12 normal, ANA negative, complement normal, serum free light chains normal.',
      'ECG: short PR interval (112 ms), voltage criteria for LVH. Echo: concentric LVH, septum 15 mm, preserved ejection fraction, no outflow obstruction. Nerve conduction studies normal, in keeping with small-fibre disease.',
      'Family history: maternal uncle started dialysis in his forties, cause unknown; mother had a stroke at 52.',
      'Renal biopsy is planned. Is a single disorder likely, and what is the quickest confirmatory test before the biopsy?',
    ].join('\n\n'),
    daysAgo: 38,
    suggestions: [
      {
        by: 'detective',
        diagnosis: 'Fabry disease',
        conceptId: 'DOID:14499',
        rationale:
          'Childhood acroparaesthesia, hypohidrosis, angiokeratomas in a bathing-trunk distribution, cornea verticillata, proteinuria, LVH with a short PR interval and an X-linked family pattern fit Fabry disease. In a man, low alpha-galactosidase A activity on a dried blood spot confirms it, followed by GLA gene sequencing and family screening.',
        votes: [
          { by: 'patient', value: 1 },
          { by: 'student', value: 1 },
          { by: 'moderator', value: 1 },
        ],
      },
      {
        by: 'student',
        diagnosis: 'Hereditary transthyretin (ATTR) amyloidosis',
        rationale:
          'Small-fibre neuropathy, autonomic gut symptoms, proteinuria and LV wall thickening with affected relatives could be hereditary amyloidosis; TTR gene testing and cardiac scintigraphy would help.',
        votes: [
          { by: 'patient', value: 1 },
          { by: 'detective', value: -1 },
        ],
      },
    ],
  },
  {
    author: 'professional',
    clinical: {
      specialties: ['endocrinology', 'nephrology', 'pulmonology'],
      audience: 'everyone',
      anonymous: false,
    },
    title:
      'Hypercalcaemia, acute kidney injury and bilateral hilar lymphadenopathy in a 41-year-old',
    presentation: [
      '41-year-old woman, previously well, non-smoker. Three months of fatigue, thirst, polyuria, constipation and dry cough; 4 kg weight loss. Intermittent painful red eyes with photophobia, treated as conjunctivitis. Took over-the-counter vitamin D 1,000 IU daily for a few months last year, since stopped.',
      'Exam: afebrile, BP 128/78. Several violaceous indurated plaques on the nose and cheeks. No palpable lymphadenopathy or hepatosplenomegaly. Chest clear.',
      'Labs: adjusted calcium 3.12 mmol/L, phosphate 1.3 mmol/L, PTH 0.6 pmol/L (suppressed), 25-OH vitamin D 38 nmol/L, 1,25-(OH)₂ vitamin D 210 pmol/L (raised), PTHrP undetectable. Creatinine 186 µmol/L (74 a year ago), urinalysis bland, urine calcium:creatinine ratio raised. Serum ACE 98 U/L. Protein electrophoresis: polyclonal hypergammaglobulinaemia, no paraprotein. Hb 121 g/L, lymphocytes 0.8 ×10⁹/L.',
      'CT chest: symmetrical bilateral hilar and right paratracheal lymphadenopathy, perilymphatic micronodules in the upper lobes. Renal ultrasound: normal-sized kidneys, bilateral medullary nephrocalcinosis.',
      'IV fluids started; calcium now 2.84 mmol/L. IGRA pending.',
      'What is the most likely diagnosis, how would you confirm it, and would you biopsy the kidney?',
    ].join('\n\n'),
    daysAgo: 14,
    suggestions: [
      {
        by: 'student',
        diagnosis: 'Hodgkin lymphoma',
        conceptId: 'DOID:8567',
        rationale:
          'Lymphomas can produce 1,25-dihydroxyvitamin D and cause hypercalcaemia, and mediastinal nodes with weight loss fit.',
        votes: [
          { by: 'detective', value: 1 },
          { by: 'professional', value: -1 },
        ],
      },
      {
        by: 'detective',
        diagnosis: 'Sarcoidosis with hypercalcaemia and renal involvement',
        rationale:
          'PTH-independent hypercalcaemia with raised 1,25-vitamin D, symmetrical hilar nodes with perilymphatic nodules, lupus pernio-like plaques, uveitis-type eye symptoms and lymphopenia point to sarcoidosis. Confirm non-caseating granulomas by EBUS-guided node biopsy or skin biopsy; biopsy the kidney only if creatinine does not recover with fluids and steroids, looking for granulomatous interstitial nephritis.',
        votes: [
          { by: 'professional', value: 1 },
          { by: 'student', value: 1 },
          { by: 'patient', value: 1 },
        ],
      },
      {
        by: 'patient',
        diagnosis: 'Tuberculosis (pulmonary and lymph node)',
        conceptId: 'DOID:399',
        rationale:
          'Granulomatous disease with hilar nodes, cough and weight loss; TB can also raise 1,25-vitamin D and should be excluded before any steroids are started.',
        votes: [
          { by: 'moderator', value: 1 },
          { by: 'professional', value: 1 },
          { by: 'student', value: -1 },
        ],
      },
    ],
  },
  {
    author: 'professional',
    clinical: {
      specialties: ['pulmonology', 'rheumatology', 'neurology'],
      audience: 'professionals',
      anonymous: false,
    },
    title: 'Late-onset asthma, nasal polyps, marked eosinophilia and a new foot drop',
    presentation: [
      '52-year-old man. Asthma diagnosed at 45, now on high-dose ICS/LABA with three prednisolone courses in the past year. Chronic rhinosinusitis with nasal polyps; polypectomy two years ago. Past six weeks: fevers, night sweats, 5 kg weight loss, migratory myalgia and a purpuric rash on both shins. Ten days ago, sudden right foot drop, followed by numbness in the left ulnar territory.',
      'Exam: palpable purpura on the lower legs, right ankle dorsiflexion 2/5, sensory loss over the dorsum of the right foot and the left little finger. Scattered wheeze. BP 146/92. No murmur.',
      'Labs: WCC 16.2 ×10⁹/L with eosinophils 4.8 ×10⁹/L (30%), CRP 88 mg/L, ESR 72 mm/h, total IgE 1,240 kU/L. Creatinine 92 µmol/L, urine dipstick blood 1+ and protein 1+, no casts seen. MPO- and PR3-ANCA negative. Troponin T 38 ng/L (ref <14), NT-proBNP 820 ng/L. Stool ova and parasites ×3 negative; Strongyloides serology pending.',
      'CT chest: patchy peripheral ground-glass infiltrates, absent on imaging four months ago. Nerve conduction: asymmetric axonal sensorimotor neuropathy consistent with mononeuritis multiplex. Echo pending.',
      'No systemic steroid for three weeks. Does the negative ANCA change your thinking, and what comes first: nerve or skin biopsy, cardiac MRI, or immediate treatment?',
    ].join('\n\n'),
    daysAgo: 0,
    suggestions: [],
  },
  {
    author: 'professional',
    clinical: {
      specialties: ['hematology', 'hepatology'],
      audience: 'everyone',
      anonymous: true,
      label: 'Verified physician · Internal medicine',
    },
    title: 'Coombs-negative haemolysis, dark morning urine and hepatic vein thrombosis at 29',
    presentation: [
      '29-year-old woman. Four months of fatigue, exertional dyspnoea, intermittent dysphagia and abdominal pain. Reports dark, cola-coloured urine mainly first thing in the morning, clearing during the day. Presented two weeks ago with right upper quadrant pain and ascites.',
      'Exam: pallor, mild scleral icterus, tender hepatomegaly, moderate ascites. No lymphadenopathy, no palpable splenomegaly.',
      'Labs: Hb 78 g/L, MCV 104 fL, reticulocytes 180 ×10⁹/L, WCC 3.1 ×10⁹/L (neutrophils 1.4), platelets 96 ×10⁹/L. LDH 2,140 U/L, bilirubin 48 µmol/L (unconjugated), haptoglobin undetectable. Direct antiglobulin test negative. Film: polychromasia, no schistocytes or spherocytes. Urine dipstick strongly positive for blood with no red cells on microscopy; urine haemosiderin positive. Ferritin 14 µg/L; B12 and folate normal. ADAMTS13 activity 68%. Antiphospholipid antibodies negative; JAK2 V617F negative. Combined oral contraceptive stopped.',
      'Doppler and CT: occlusion of the right and middle hepatic veins consistent with Budd–Chiari syndrome; portal vein patent. Started on low-molecular-weight heparin.',
      'Which single test would you send next, and could its result change anticoagulation or other treatment plans?',
    ].join('\n\n'),
    daysAgo: 4,
    suggestions: [],
  },
  {
    author: 'professional',
    imagePost: true,
    clinical: {
      specialties: ['dermatology', 'infectious-disease'],
      audience: 'everyone',
      anonymous: false,
    },
    title: 'An expanding red ring on the thigh of a hiker, three weeks after a camping trip.',
    presentation: [
      'An expanding red ring on the thigh of a hiker, three weeks after a camping trip. It started as a small red papule, has grown to 14 cm over ten days with partial central clearing, and is warm but barely itchy. Mild headache, aching knees and one evening of fever; no tick bite remembered.',
      'Photographs to follow once image upload is available. What is your diagnosis, and would you treat before serology?',
    ].join('\n\n'),
    daysAgo: 1,
    suggestions: [],
  },
  {
    author: 'professional',
    clinical: {
      specialties: ['cardiology', 'emergency-medicine'],
      audience: 'everyone',
      anonymous: false,
    },
    solution: {
      diagnosis: 'Brugada syndrome',
      teachingPoint:
        'Fever unmasks the type 1 Brugada pattern (coved ST elevation of 2 mm or more in V1–V2). A syncope during fever plus a family history of sudden death at a young age calls for an ECG during fever, high precordial leads, and referral for risk stratification; treat fever promptly and avoid sodium-channel blockers (brugadadrugs.org).',
    },
    title: 'Solved case: syncope during a febrile illness in a 34-year-old man',
    presentation: [
      '34-year-old man, previously well, brought in after a witnessed collapse at home while he had a fever of 39.4 °C from a flu-like illness. He was unresponsive for about 20 seconds, no tonic-clonic movements, no incontinence, recovered fully within a minute. No chest pain or palpitations before the event.',
      'His father died suddenly in his sleep at 41; an uncle had "epilepsy" with night-time seizures. No medication apart from paracetamol; no recreational drugs.',
      'On arrival: temperature 39.1 °C, HR 104, BP 118/72, examination otherwise normal. Potassium 4.1 mmol/L, magnesium normal, troponin normal. ECG while febrile: right bundle branch block morphology with coved ST elevation of 3 mm in V1 and V2 followed by negative T waves; QTc 420 ms. An ECG from an insurance check two years ago showed a saddleback pattern of 1 mm in V2.',
      'What is your diagnosis, and what would you do next? Commit your differential to see the answer and the teaching point.',
    ].join('\n\n'),
    daysAgo: 6,
    suggestions: [],
  },
];
