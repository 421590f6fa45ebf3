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
