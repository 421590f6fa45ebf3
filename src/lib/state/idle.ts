/**
 * `requestIdleCallback`, or where a browser lacks it (Safari), `task` after `fallbackMs`: the
 * delay stands in for "the main thread is probably free" (longer for work that must not compete
 * with a first chart, shorter for small chunks of work ahead).
 */
export function onIdle(
	task: (deadline?: IdleDeadline) => void,
	options: IdleRequestOptions,
	fallbackMs: number
): void {
	const idle = globalThis.requestIdleCallback as typeof requestIdleCallback | undefined;
	if (idle) idle(task, options);
	else setTimeout(task, fallbackMs);
}

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
