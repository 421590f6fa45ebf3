import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstFiles } from './client';

/** Whether `p` has settled once pending callbacks and a few timer turns have run. */
async function settledYet(p: Promise<unknown>): Promise<boolean> {
	let done = false;
	void p.then(() => (done = true));
	for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
	return done;
}

/** A page whose inline script (src/app.html) has its first files in. */
function page(opts: { prebuilt: boolean; serviceWorker: boolean }) {
	vi.stubGlobal('__ogiFast', { files: {}, settled: Promise.resolve(), prebuilt: opts.prebuilt });
	vi.stubGlobal('navigator', { serviceWorker: { controller: opts.serviceWorker ? {} : null } });
}

describe('when the engine may start (firstFiles)', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		performance.clearMarks('first-chart');
	});

	it('a link loaded from the network: once its first files are in, before the first chart', async () => {
		page({ prebuilt: false, serviceWorker: false });
		expect(await settledYet(firstFiles())).toBe(true);
	});

	it.each([
		['a repeat visit (the service worker answers), with the files in', false, true],
		['the default overview, drawn from prebuilt answers', true, false]
	])('%s: only after the first chart', async (_, prebuilt, serviceWorker) => {
		page({ prebuilt, serviceWorker });
		const start = firstFiles();
		expect(await settledYet(start)).toBe(false);
		performance.mark('first-chart');
		expect(await settledYet(start)).toBe(true);
	});
});
