import { afterEach, describe, expect, it, vi } from 'vitest';

// A fresh module (its state is the page's) per test.
const load = async () => {
	vi.resetModules();
	performance.clearMarks();
	return import('./first-chart.svelte');
};

afterEach(() => vi.unstubAllGlobals());

describe('the page goes first chart first', () => {
	it('the first chart draws at once and marks first-chart; the others after the frame that shows it', async () => {
		const frames: (() => void)[] = [];
		vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
		const m = await load();
		expect(m.firstDrawSlot()).toBeNull();
		expect(m.firstChart.drawn).toBe(false);

		m.chartDrawn();
		expect(m.firstChart.drawn).toBe(true);
		expect(performance.getEntriesByName('first-chart')).toHaveLength(1);
		const slot = m.firstDrawSlot();
		expect(slot).toBeInstanceOf(Promise);
		let second = false;
		void slot!.then(() => (second = true));
		await new Promise((r) => setTimeout(r, 0));
		expect(second).toBe(false); // the frame has not come yet

		frames.shift()!(); // the frame is painted, then the next task draws
		await new Promise((r) => setTimeout(r, 0));
		expect(second).toBe(true);
		expect(m.firstDrawSlot()).toBeNull();

		m.chartDrawn(); // later charts neither mark again nor wait
		expect(performance.getEntriesByName('first-chart')).toHaveLength(1);
		expect(m.firstDrawSlot()).toBeNull();
	});

	it('a tab that paints no frames still draws its other charts', async () => {
		vi.useFakeTimers();
		vi.stubGlobal('requestAnimationFrame', () => 0);
		const m = await load();
		m.chartDrawn();
		let second = false;
		void m.firstDrawSlot()!.then(() => (second = true));
		await vi.advanceTimersByTimeAsync(300);
		expect(second).toBe(true);
		vi.useRealTimers();
	});

	it('counts the chart cards waiting for data; a release counts once', async () => {
		const m = await load();
		const a = m.holdForChart();
		const b = m.holdForChart();
		expect(m.firstChart.waiting).toBe(2);
		a();
		a();
		expect(m.firstChart.waiting).toBe(1);
		b();
		expect(m.firstChart.waiting).toBe(0);
	});
});
