/**
 * `npm run data`: regions → synthetic demo reports → real reports (parsed) → defects → validation →
 * published files in data/. Deterministic: the same inputs give byte-identical files.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildNationalDataset } from './data/national';
import { writeDataset } from './data/write';

const args = process.argv.slice(2);
const scaleAt = args.indexOf('--scale');
const scale = scaleAt >= 0 ? Number(args[scaleAt + 1]) : 0;
const outAt = args.indexOf('--out');
const outDir = outAt >= 0 ? String(args[outAt + 1]) : scale > 0 ? join('data', 'scale') : 'data';
if (scaleAt >= 0 && !(scale > 0)) {
	console.error('--scale 需要一个正整数（每个县的部门数），例如 --scale 25');
	process.exit(2);
}

const started = performance.now();
mkdirSync(outDir, { recursive: true });
const dataset = await buildNationalDataset({ seed: 20260101, departmentsPerCounty: scale });
await writeDataset(dataset, outDir);
writeFileSync(join(outDir, 'defects.json'), JSON.stringify(dataset.defects, null, '\t') + '\n');
const published = readdirSync(outDir)
	.filter((f) => /\.(parquet|csv|json)$/.test(f))
	.sort();
writeFileSync(
	join(outDir, 'SHA256SUMS'),
	published
		.map(
			(f) =>
				`${createHash('sha256')
					.update(readFileSync(join(outDir, f)))
					.digest('hex')}  ${f}\n`
		)
		.join('')
);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const real = dataset.reports.filter((r) => r.row.data_origin === 'real').length;
console.log(
	`${dataset.reports.length} reports (${real} real), ${dataset.regions.length} regions, ` +
		`${dataset.defects.length} injected defects → ${outDir}/ in ${seconds} s`
);
