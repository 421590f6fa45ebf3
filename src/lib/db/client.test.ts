import { describe, expect, it } from 'vitest';
import { engineMayStart } from './client';

/** A promise and the function that resolves it. */
function gate() {
	let open!: () => void;
	const promise = new Promise<void>((r) => (open = r));
	return { promise, open };
}

const settledWithin = (p: Promise<unknown>, ms: number) =>
	Promise.race([p.then(() => true), new Promise((r) => setTimeout(() => r(false), ms))]);

describe('engineMayStart: the engine waits for the page’s first chart', () => {
	it('starts at once on a page without the inline script', async () => {
		expect(
			await settledWithin(
				engineMayStart(undefined, () => new Promise(() => {})),
				50
			)
		).toBe(true);
	});

	it('a link waits for its first chart even once its first files are in', async () => {
		const chart = gate();
		const start = engineMayStart({ settled: Promise.resolve() }, () => chart.promise, 10_000);
		expect(await settledWithin(start, 50)).toBe(false);
		chart.open();
		expect(await settledWithin(start, 50)).toBe(true);
	});

	it('and for the files the inline script requested, after the chart', async () => {
		const files = gate();
		const start = engineMayStart({ settled: files.promise }, () => Promise.resolve(), 10_000);
		expect(await settledWithin(start, 50)).toBe(false);
		files.open();
		expect(await settledWithin(start, 50)).toBe(true);
	});

	it('never waits longer than the cap (a page may draw no chart)', async () => {
		const start = engineMayStart({ settled: Promise.resolve() }, () => new Promise(() => {}), 30);
		expect(await settledWithin(start, 500)).toBe(true);
	});
});
