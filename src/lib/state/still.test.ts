import { afterEach, describe, expect, it, vi } from 'vitest';

describe('whenStill', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.useRealTimers();
	});

	it('waits for a quiet period after its start and after every input, then for an idle moment', async () => {
		vi.useFakeTimers();
		const listeners = new Map<string, () => void>();
		vi.stubGlobal('addEventListener', (type: string, fn: () => void) => listeners.set(type, fn));
		vi.stubGlobal('requestIdleCallback', (task: () => void) => setTimeout(task, 5));
		const { whenStill } = await import('./still');
		let done = false;
		void whenStill(1000, performance.now()).then(() => (done = true));
		await vi.advanceTimersByTimeAsync(900);
		listeners.get('change')!(); // the reader changes a filter: the quiet period starts again
		await vi.advanceTimersByTimeAsync(900);
		expect(done).toBe(false);
		listeners.get('pointerdown')!();
		await vi.advanceTimersByTimeAsync(999);
		expect(done).toBe(false);
		await vi.advanceTimersByTimeAsync(10);
		expect(done).toBe(true);
	});
});
