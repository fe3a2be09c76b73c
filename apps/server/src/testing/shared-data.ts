// The public data sets kept beside the repository (../shared/data: real HPO files, phenopackets).
// Tests that read them run when the folder is there and are skipped, with a notice, when not.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SHARED_DATA = fileURLToPath(new URL('../../../../../shared/data/', import.meta.url));

/** The absolute path of a folder in ../shared/data, or undefined (with a one-line notice). */
export function sharedDataFolder(folder: string): string | undefined {
  const found = `${SHARED_DATA}${folder}`;
  if (existsSync(found)) return found;
  console.warn(`Skipping tests that read ${found}: that folder is not present.`);
  return undefined;
}
