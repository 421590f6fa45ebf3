import type { BrowserContext, Page } from 'playwright-core';

/**
 * The bench's device profiles through the DevTools protocol (shared by scripts/bench.ts and
 * scripts/trace-link.ts): desktop as is; phone with the CPU 4× slower, 10 Mbit/s and 40 ms RTT.
 */
export async function emulate(
	context: BrowserContext,
	page: Page,
	profile: 'desktop' | 'phone',
	cacheDisabled: boolean
) {
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled });
	if (profile === 'phone') {
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: 40,
			downloadThroughput: (10 * 1e6) / 8,
			uploadThroughput: (5 * 1e6) / 8
		});
	}
	return cdp;
}
