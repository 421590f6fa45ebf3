import { afterEach, describe, expect, it, vi } from 'vitest';
import { onIdle } from './idle';

describe('onIdle', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.useRealTimers();
	});

	it('uses requestIdleCallback with the options when the browser has it', () => {
		const ric = vi.fn();
		vi.stubGlobal('requestIdleCallback', ric);
		const task = () => {};
		onIdle(task, { timeout: 2000 }, 200);
		expect(ric).toHaveBeenCalledWith(task, { timeout: 2000 });
	});

	it('without it, runs the task after the given delay, not before', () => {
		vi.stubGlobal('requestIdleCallback', undefined);
		vi.useFakeTimers();
		const task = vi.fn();
		onIdle(task, { timeout: 5000 }, 50);
		vi.advanceTimersByTime(49);
		expect(task).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(task).toHaveBeenCalledOnce();
	});
});

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
		const { whenStill } = await import('./idle');
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
