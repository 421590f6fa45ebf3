// Copies the published dataset from data/ into static/data/ (served by the app; git-ignored).
// A fresh clone lacks the git-ignored CSV files: restores them from the Parquet files first
// (scripts/data/csv-from-parquet.ts), or regenerates the dataset when they do not match.
// `OGI_DATA=data/scale npm run build`: the national-scale dataset (`npm run data -- --scale`)
// instead, with its manifest and partitions (data/scale/parts/).
import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
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

const dir = process.env.OGI_DATA || 'data';
if (FILES.some((f) => !existsSync(`${dir}/${f}`))) {
	if (dir !== 'data') {
		console.error(
			`${dir}/ 缺少数据文件：请先运行 npm run data -- --scale（${dir} lacks the dataset files）`
		);
		process.exit(2);
	}
	// The CSVs from the Parquet files in git (checked against SHA256SUMS), else the whole dataset.
	try {
		execSync('npx tsx scripts/data/csv-from-parquet.ts data', { stdio: 'inherit' });
	} catch {
		execSync('npm run --silent data', { stdio: 'inherit' });
	}
}
mkdirSync('static/data', { recursive: true });
for (const f of FILES) copyFileSync(`${dir}/${f}`, `static/data/${f}`);
// Partitions only when the dataset has them; the bundled set's manifest says: governments only
// (the app always finds a manifest, so no request of a link ever fails).
rmSync('static/data/parts', { recursive: true, force: true });
if (existsSync(`${dir}/manifest.json`)) {
	copyFileSync(`${dir}/manifest.json`, 'static/data/manifest.json');
	cpSync(`${dir}/parts`, 'static/data/parts', { recursive: true });
} else
	writeFileSync(
		'static/data/manifest.json',
		JSON.stringify({ version: 1, body_levels: ['government'], partitions: [] }) + '\n'
	);
