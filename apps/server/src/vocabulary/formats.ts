// The vocabulary file formats the importer reads. Adding a vocabulary means writing its parser
// and adding one entry here.
import { doidFormat } from './doid-format.js';
import { hpoFormat } from './hpo-format.js';
import { icd10cmFormat } from './icd10cm-format.js';
import { oboFormat } from './obo-format.js';
import type { VocabularyFormat } from './vocabulary-format.js';

export const VOCABULARY_FORMATS: Readonly<Record<string, VocabularyFormat>> = {
  hpo: hpoFormat,
  doid: doidFormat,
  obo: oboFormat,
  icd10cm: icd10cmFormat,
};
