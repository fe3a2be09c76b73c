// Reads a tab-separated file line by line (files of tens of MB never sit in memory whole),
// checking its header first so a wrong file is refused with the columns it lacks.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';

/** A vocabulary file that cannot be read as the format says; the message says what to fix. */
export class VocabularyFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VocabularyFileError';
  }
}

/** Refuses a path that is not a readable file, before any work starts. */
export async function requireFile(file: string, what: string): Promise<void> {
  const found = await stat(file).catch(() => undefined);
  if (found === undefined)
    throw new VocabularyFileError(`The ${what} file ${file} does not exist: check the path.`);
  if (!found.isFile())
    throw new VocabularyFileError(`The ${what} file ${file} is not a file (is it a folder?).`);
}

/** A field without the double quotes some reports put around every value: "DOID:4" → DOID:4. */
export function unquote(field: string): string {
  const text = field.trim();
  return text.length >= 2 && text.startsWith('"') && text.endsWith('"')
    ? text.slice(1, -1).replace(/""/g, '"')
    : text;
}

export interface TsvRow {
  /** 1-based line number in the file, for messages. */
  line: number;
  /** Field values by column name; a short line leaves the missing columns empty. */
  values: Record<string, string>;
}

/** Yields the rows of a TSV file whose first line names at least the `required` columns. */
export async function* readTsv(
  file: string,
  what: string,
  required: readonly string[],
): AsyncGenerator<TsvRow> {
  await requireFile(file, what);
  const lines = createInterface({
    input: createReadStream(file, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  });
  let header: string[] | undefined;
  let line = 0;
  try {
    for await (const text of lines) {
      line += 1;
      if (header === undefined) {
        header = text
          .replace(/^\uFEFF/, '')
          .split('\t')
          .map(unquote);
        const missing = required.filter((column) => !header?.includes(column));
        if (missing.length > 0)
          throw new VocabularyFileError(
            `${file} is not the expected ${what} file: its first line lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (found: ${header.join(', ') || 'nothing'}).`,
          );
        continue;
      }
      if (text.trim() === '') continue;
      const fields = text.split('\t');
      const values: Record<string, string> = {};
      for (const [index, column] of header.entries()) values[column] = fields[index] ?? '';
      yield { line, values };
    }
  } finally {
    lines.close();
  }
  if (header === undefined)
    throw new VocabularyFileError(`${file} is empty: expected a ${what} file.`);
}
