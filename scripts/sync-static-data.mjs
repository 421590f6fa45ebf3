// Copies the published dataset from data/ into static/data/ (served by the app; git-ignored).
// Regenerates it first when a fresh clone lacks the git-ignored CSV files.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { execSync } from 'node:child_process';

const FILES = [
	'reports.parquet',
	'regions.parquet',
	'validation.parquet',
	'texts.parquet',
	'dictionary.json',
	'reports.csv',
	'regions.csv',
	'validation.csv',
	'texts.csv'
];

if (FILES.some((f) => !existsSync(`data/${f}`)))
	execSync('npm run --silent data', { stdio: 'inherit' });
mkdirSync('static/data', { recursive: true });
for (const f of FILES) copyFileSync(`data/${f}`, `static/data/${f}`);
