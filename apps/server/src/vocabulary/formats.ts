// The vocabulary file formats the importer reads. Adding a vocabulary (DOID, OBO, ICD-10-CM)
// means writing its parser and adding one entry here.
import { hpoFormat } from './hpo-format.js';
import type { VocabularyFormat } from './vocabulary-format.js';

export const VOCABULARY_FORMATS: Readonly<Record<string, VocabularyFormat>> = {
  hpo: hpoFormat,
};
