import { query } from '$lib/db/client';
import { whenStill } from '$lib/state/still';
import { prebuiltQueries } from '$lib/views/prebuilt';
import { pending } from './query.svelte';

// Loaded once the engine is ready (routes/+layout.svelte), not with the landing route's JS.

/** How long the reader must leave the page alone before the engine's warm-up runs a statement. */
const WARM_AFTER_STILL_MS = 1000;

/**
 * Once the engine is up, runs the default views' statements once: a later query the engine
 * answers then reuses prepared statements and compiled wasm instead of paying their first-run
 * cost. Each waits until the reader has paused: run at once, they took the engine's worker and
 * the main thread (decoding their rows) from the reader's first filter changes, which the fast
 * path answers without the engine. The `engine-warm` mark says they are done.
 */
export async function warmUp(): Promise<void> {
	const since = performance.now();
	for (const q of prebuiltQueries()) {
		for (;;) {
			await whenStill(WARM_AFTER_STILL_MS, since);
			// Nor while the page waits for an answer: a change the engine answers is not held up.
			if (pending.count === 0) break;
			await new Promise((r) => setTimeout(r, 100));
		}
		await query(q).catch(() => {});
	}
	performance.mark('engine-warm');
}
