import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Defect } from '../../src/lib/dataset/defects';
import { writePrebuilt } from './prebuilt';

/**
 * What every build writes after its tables: the injected defects, the prebuilt default views and
 * SHA256SUMS over every published file (partitions under parts/ included), which tests compare.
 */
export async function finishPublication(outDir: string, defects: readonly Defect[]): Promise<void> {
	writeFileSync(join(outDir, 'defects.json'), JSON.stringify(defects, null, '\t') + '\n');
	await writePrebuilt(outDir);
	const parts = join(outDir, 'parts');
	const published = [
		...readdirSync(outDir),
		...(existsSync(parts) ? readdirSync(parts).map((f) => `parts/${f}`) : [])
	]
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
}
