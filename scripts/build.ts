// Builds dist/ (one ESM bundle with chunks for the parts loaded on demand) and the
// manifest's JSON Schema, generated from the same schema the code validates with.
// The source maps are written but not registered at start (that costs about 6 ms of every
// start); src/index.ts turns on Node's own source-map support in debug runs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = fileURLToPath(import.meta.resolve('@vercel/ncc/dist/ncc/cli.js'));

rmSync(join(root, 'dist'), { recursive: true, force: true });
execFileSync(process.execPath, [ncc, 'build', 'src/index.ts', '-o', 'dist', '--source-map', '--no-source-map-register', '--license', 'licenses.txt', '--quiet'], {
  cwd: root,
  stdio: 'inherit',
});

const schema = execFileSync(process.execPath, [join(root, 'dist', 'index.js'), 'schema'], { cwd: root, encoding: 'utf8' });
mkdirSync(join(root, 'schema'), { recursive: true });
writeFileSync(join(root, 'schema', 'avatars.schema.json'), schema);
