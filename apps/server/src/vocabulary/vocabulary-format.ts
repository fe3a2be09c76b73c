// What a vocabulary file format provides to the importer: a parser from its files to concept
// records.
import type { ConceptRecord } from './vocabulary.queries.js';

export interface VocabularyReader {
  /** The terms, read lazily as the files stream. */
  records: AsyncIterable<ConceptRecord>;
  /** One line on what was read and skipped, once every record has been consumed. */
  summary(): string;
}

export interface VocabularyFormat {
  /** The value of --format. */
  name: string;
  /** The concepts.system its terms are stored under. */
  system: string;
  /** The files it reads, for the usage text. */
  description: string;
  /** Whether it takes a second file of synonyms (--synonyms). */
  acceptsSynonyms: boolean;
  /** What its licence asks of those who use it, printed after each import. */
  licence: string;
  read(files: { main: string; synonyms?: string | undefined }): VocabularyReader;
}
