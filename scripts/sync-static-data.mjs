// Copies the published dataset from data/ into static/data/ (served by the app; git-ignored).
// Regenerates it first when a fresh clone lacks the git-ignored CSV files.
// `OGI_DATA=data/scale npm run build`: the national-scale dataset (`npm run data -- --scale`)
// instead, with its manifest and partitions (data/scale/parts/).
import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
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
// Partitions and their manifest only when the dataset has them: the bundled build serves none.
rmSync('static/data/parts', { recursive: true, force: true });
rmSync('static/data/manifest.json', { force: true });
if (existsSync(`${dir}/manifest.json`)) {
	copyFileSync(`${dir}/manifest.json`, 'static/data/manifest.json');
	cpSync(`${dir}/parts`, 'static/data/parts', { recursive: true });
}
