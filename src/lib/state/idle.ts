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
