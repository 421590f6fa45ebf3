import { isBodyLevel, type BodyLevel } from '$lib/dataset/bodies';
import { datasetManifest } from '$lib/db/catalog';

/**
 * The body levels the served dataset holds, from its manifest (the scale dataset writes one; the
 * bundled set has none: governments only).
 */
const levels = $state({ list: ['government'] as BodyLevel[] });
let started = false;

export function useBodyLevels(): { readonly list: BodyLevel[] } {
	if (!started && typeof fetch === 'function') {
		started = true;
		datasetManifest().then((m) => {
			const list = (m?.body_levels ?? []).filter(isBodyLevel);
			if (list.length > 1) levels.list = list;
		});
	}
	return levels;
}
