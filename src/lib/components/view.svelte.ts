import { page } from '$app/state';
import { parseState, type ViewState } from '$lib/url/state';
import { navigate } from './navigate';

/** The current view state from the URL, and the one way to change it. */
export function useView() {
	const parsed = $derived(parseState(page.url.searchParams));
	return {
		get notices() {
			return parsed.notices;
		},
		get invalid() {
			return parsed.invalid;
		},
		get state(): ViewState {
			return parsed.state;
		},
		update(next: Partial<ViewState>) {
			return navigate({ ...parsed.state, ...next });
		}
	};
}
