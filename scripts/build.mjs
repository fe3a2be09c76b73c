// Builds the workspace: TypeScript projects (core, api, server) with `tsc -b`, then the web app
// with Vite. `--if-stale` skips the web build when its output is newer than all of its sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ifStale = process.argv.includes('--if-stale');
const require = createRequire(import.meta.url);

function resolveBin(pkg, bin) {
  try {
    const manifestPath = require.resolve(`${pkg}/package.json`, { paths: [root] });
    const manifest = require(manifestPath);
    const relative = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[bin];
    return path.join(path.dirname(manifestPath), relative);
  } catch {
    return undefined;
  }
}

function run(label, args, cwd = root) {
  const started = Date.now();
  const result = spawnSync(process.execPath, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`Build step failed: ${label}`);
    process.exit(result.status ?? 1);
  }
  if (!ifStale) console.log(`✓ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

const tsc = resolveBin('typescript', 'tsc');
const vite = resolveBin('vite', 'vite');
if (tsc === undefined || vite === undefined) {
  // An install without devDependencies (e.g. `npm ci --omit=dev` on a server) cannot build.
  console.log('Build skipped: TypeScript and Vite are not installed (devDependencies omitted).');
  process.exit(0);
}

run('TypeScript: core, api, server', [tsc, '-b']);

const webDir = path.join(root, 'apps/web');
const builtAt = newestMtime(path.join(webDir, 'dist/index.html'));
const sourcesAt = Math.max(
  ...['apps/web/src', 'apps/web/index.html', 'apps/web/vite.config.ts', 'apps/web/public']
    .concat(['packages/api/src', 'packages/core/src'])
    .map((item) => newestMtime(path.join(root, item))),
);
if (!ifStale || builtAt < sourcesAt) {
  if (ifStale) console.log('Building the web app…');
  run('Web app (Vite)', [vite, 'build', '--logLevel', 'warn'], webDir);
}
