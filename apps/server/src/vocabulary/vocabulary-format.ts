// What a vocabulary file format provides to the importer: a parser from its files to concept
// records.
import type { ConceptRecord } from './vocabulary.queries.js';

export interface VocabularyFiles {
  main: string;
  /** A second file of synonyms (--synonyms), for formats that take one. */
  synonyms?: string | undefined;
  /** Cross-reference reports (--xrefs, repeatable), for formats that take them. */
  xrefs?: readonly string[] | undefined;
}

export interface VocabularyReader {
  /** The terms, read lazily as the files stream. */
  records: AsyncIterable<ConceptRecord>;
  /** One line on what was read and skipped, once every record has been consumed. */
  summary(): string;
  /** The concepts.system of the terms read, once every record has been consumed. */
  systems(): string[];
}

export interface VocabularyFormat {
  /** The value of --format. */
  name: string;
  /** The files it reads, for the usage text. */
  description: string;
  /** Whether it takes a second file of synonyms (--synonyms). */
  acceptsSynonyms: boolean;
  /** Whether it takes cross-reference reports (--xrefs). */
  acceptsXrefs: boolean;
  /** What its licence asks of those who use it, printed after each import. */
  licence: string;
  read(files: VocabularyFiles): VocabularyReader;
}
