/**
 * `npm run data`: regions → synthetic demo reports → real reports (parsed) → defects → validation →
 * published files in data/. Deterministic: the same inputs give byte-identical files.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetBatches } from './data/national';
import { loadRegions } from './data/divisions';
import { writeDataset } from './data/write';
import { writePrebuilt } from './data/prebuilt';

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
const regions = loadRegions();
const batches = await datasetBatches(regions, { seed: 20260101, departmentsPerCounty: scale });
const summary = await writeDataset(regions, batches, outDir);
writeFileSync(join(outDir, 'defects.json'), JSON.stringify(summary.defects, null, '\t') + '\n');
await writePrebuilt(outDir);
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
console.log(
	`${summary.reports} reports (${summary.real} real), ${regions.length} regions, ` +
		`${summary.defects.length} injected defects → ${outDir}/ in ${seconds} s`
);
