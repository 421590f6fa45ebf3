/**
 * `npm run build`: the dashboard on the bundled dataset (`data/`); `npm run build -- --scale`: on
 * the national-scale dataset (`data/scale/`, written by `npm run data -- --scale`), with its
 * partitions and their column files. `OGI_DATA=<dir>` picks any dataset directory.
 * Steps: copy the dataset into static/data → fast-path and Arrow IPC files → (a dataset with
 * partitions) one file per column of its wide tables → vite build → brotli/gzip siblings of the
 * built files (scripts/precompress.ts).
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const dataDir = args.includes('--scale') ? 'data/scale' : process.env.OGI_DATA || 'data';
const env = { ...process.env, OGI_DATA: dataDir };
const run = (command: string) => execSync(command, { stdio: 'inherit', env });

run('node scripts/sync-static-data.mjs');
run(`tsx scripts/data/fast.ts ${dataDir}`);
const manifest = `${dataDir}/manifest.json`;
if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).partitions?.length)
	run(`tsx scripts/data/columns.ts ${dataDir} static/data`);
run('vite build');
run('tsx scripts/precompress.ts');
