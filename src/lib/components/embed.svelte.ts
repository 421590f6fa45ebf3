import { page } from '$app/state';
import { embedRequest } from '$lib/views/share';

/** Which chart card an embed (`?embed=1`) shows: the one asked for, or the first to mount. */
// Plain (not reactive): decided once per page load; an embed never navigates.
const claim = { id: null as string | null };

export function useEmbed() {
	const request = $derived(embedRequest(page.url.searchParams));
	return {
		get on() {
			return request.on;
		},
		/** Whether the card `id` is the one the embed shows (the first card claims it if none is named). */
		shows(id: string): boolean {
			if (!request.on) return true;
			if (request.chart) return request.chart === id;
			claim.id ??= id;
			return claim.id === id;
		}
	};
}
