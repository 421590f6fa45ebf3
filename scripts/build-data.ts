/**
 * `npm run data`: regions → synthetic demo reports → real reports (parsed) → defects → validation →
 * published files in data/. Deterministic: the same inputs give byte-identical files.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { datasetBatches } from './data/national';
import { loadRegions } from './data/divisions';
import { writeDataset } from './data/write';
import { finishPublication } from './data/publish';
import { loadTownships, writeScaleDataset } from './data/scale';
import { DEFAULT_SCALE, scaleOf } from '../src/lib/dataset/bodies';

const args = process.argv.slice(2);
const valueOf = (flag: string) => {
	const at = args.indexOf(flag);
	return at < 0 ? undefined : /^[^-]/.test(args[at + 1] ?? '-') ? String(args[at + 1]) : '';
};
// `--scale` alone: the national scale (≈ 1M reports); `--scale N`: N departments per county.
const scaleArg = valueOf('--scale');
const perCounty =
	scaleArg === undefined ? 0 : scaleArg === '' ? DEFAULT_SCALE.county : Number(scaleArg);
const scaled = scaleArg !== undefined;
const outDir = valueOf('--out') || (scaled ? join('data', 'scale') : 'data');
// `--provinces 54,64`: only these provinces (a quick look at the scale layout; not published).
const only = valueOf('--provinces')?.split(',').filter(Boolean);
if (scaled && !(Number.isInteger(perCounty) && perCounty > 0)) {
	console.error(
		'--scale 后可给一个正整数（每个县的部门数），例如 --scale 25；不给则为全国规模（约 100 万份）'
	);
	process.exit(2);
}

const started = performance.now();
mkdirSync(outDir, { recursive: true });
const regions = loadRegions();
const bodies = scaled ? scaleOf(perCounty) : undefined;
const batches = await datasetBatches(regions, {
	seed: 20260101,
	bodies,
	provinces: only,
	townships: bodies?.townships ? loadTownships(regions) : undefined
});
const summary = scaled
	? await writeScaleDataset(regions, batches, outDir)
	: await writeDataset(regions, batches, outDir);
await finishPublication(outDir, summary.defects);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if ('manifest' in summary)
	console.log(
		Object.entries(summary.manifest.reports)
			.map(([level, n]) => `${level} ${n}`)
			.join(', ') + ` reports; ${summary.manifest.partitions.length} partitions in ${outDir}/parts/`
	);
console.log(
	`${summary.reports} reports (${summary.real} real), ${regions.length} regions, ` +
		`${summary.defects.length} injected defects → ${outDir}/ in ${seconds} s`
);
