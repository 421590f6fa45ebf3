import { goto } from '$app/navigation';
import { page } from '$app/state';
import { toHref, type ViewState } from '$lib/url/state';

/**
 * Moves to a view state on the current page. Pushes a history entry so back/forward walk through
 * the user's changes; keeps focus and scroll so a control stays usable while the view updates.
 */
export function navigate(state: ViewState, path: string = page.url.pathname): Promise<void> {
	// eslint-disable-next-line svelte/no-navigation-without-resolve -- path is the current (resolved) pathname
	return goto(toHref(state, path) || path, { keepFocus: true, noScroll: true });
}
