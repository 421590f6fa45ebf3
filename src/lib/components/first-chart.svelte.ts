/**
 * The page's first chart goes first. Until it is drawn, the parts of a page below it (lists,
 * report tables, the footer) wait (`AfterFirstChart.svelte`), and the other charts' first drawing
 * waits for the frame that shows it: on a cold link, and more so on a phone, the main thread is
 * what the first chart waits for, and each of those costs it tens to hundreds of milliseconds
 * (mounting and laying out, measuring CJK labels, drawing).
 */
import { untrack } from 'svelte';

const page = $state({ drawn: false, waiting: 0 });

/** Settles once the frame with the page's first chart is painted (null: painted, or no chart yet). */
let painting: Promise<void> | null = null;

/** Whether the page's first chart is drawn (reactive). */
export const firstChart = {
	get drawn(): boolean {
		return page.drawn;
	},
	/** Chart cards waiting for their data (reactive): nothing to wait for when there are none. */
	get waiting(): number {
		return page.waiting;
	}
};

/**
 * A chart card waiting for its data holds the page's secondary parts back (they may mount when no
 * chart is left to wait for, e.g. every card shows an error). Returns the release.
 */
export function holdForChart(): () => void {
	// Called from effects, which must not come to depend on the count they change.
	untrack(() => page.waiting++);
	let held = true;
	return () => {
		if (held) untrack(() => page.waiting--);
		held = false;
	};
}

/**
 * Called before a chart's first drawing: null when it may draw now (it is the page's first chart,
 * or that one is on screen), else a promise for once the first chart's frame has been painted.
 */
export function firstDrawSlot(): Promise<void> | null {
	return untrack(() => page.drawn) ? painting : null;
}

/**
 * Called once a chart has drawn its option: the first time, the `first-chart` mark (what the bench
 * times and the engine's start waits for) and the signal for the parts that wait for it.
 */
export function chartDrawn(): void {
	if (untrack(() => page.drawn)) return;
	if (!performance.getEntriesByName('first-chart').length) performance.mark('first-chart');
	page.drawn = true;
	painting = new Promise<void>((resolve) => {
		const done = () => {
			painting = null;
			resolve();
		};
		// After the next frame is painted; a hidden tab paints no frames.
		requestAnimationFrame(() => setTimeout(done, 0));
		setTimeout(done, 250);
	});
}
