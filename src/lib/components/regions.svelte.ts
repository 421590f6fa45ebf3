import { allRegions, type RegionRow } from '$lib/queries/regions';
import { indexRegions } from '$lib/regions/search';
import { useQuery } from './query.svelte';

/** The region list, queried once per page from the engine and shared by every control. */
export function useRegions() {
	const q = useQuery<RegionRow>(() => allRegions());
	const byCode = $derived(indexRegions(q.data ?? []));
	return {
		get list() {
			return q.data ?? [];
		},
		get byCode() {
			return byCode;
		},
		get ready() {
			return q.data !== null;
		}
	};
}
