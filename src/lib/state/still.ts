import { onIdle } from './idle';

/** What the reader does to the page: background work waits until they have paused. */
const INPUT = ['pointerdown', 'keydown', 'change', 'input', 'wheel', 'popstate'] as const;
let lastInput = -Infinity;
let listening = false;

/**
 * Resolves once the reader has left the page alone for `quietMs` (no input since `since` and for
 * `quietMs` after their last one) and the main thread is idle: for background work that is not
 * on a change's path (e.g. warming the engine's statements) and would otherwise compete with the
 * changes a reader makes in a row, each of which draws at once from the fast path.
 */
export function whenStill(quietMs: number, since = -Infinity): Promise<void> {
	if (!listening && typeof addEventListener === 'function') {
		listening = true;
		const seen = () => (lastInput = performance.now());
		for (const type of INPUT) addEventListener(type, seen, { capture: true, passive: true });
	}
	return new Promise((resolve) => {
		const check = () => {
			const input = lastInput;
			const wait = Math.max(since, input) + quietMs - performance.now();
			if (wait > 0) return void setTimeout(check, wait);
			// Input during the wait for an idle moment starts the quiet period again.
			onIdle(() => (lastInput === input ? resolve() : check()), { timeout: quietMs }, 0);
		};
		check();
	});
}
