// Copies the published dataset from data/ into static/data/ (served by the app; git-ignored).
// Regenerates it first when a fresh clone lacks the git-ignored CSV files.
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
	execSync('npm run --silent data', { stdio: 'inherit' });
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
