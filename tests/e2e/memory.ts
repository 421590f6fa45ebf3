import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/**
 * Resident memory of the browser's processes in MB (Linux /proc): the largest renderer (a tab: JS
 * heaps of the page and its workers, DuckDB-wasm's memory) and all of them (browser, GPU,
 * utilities too). Used by the scale e2e test and `npm run bench -- --scale`.
 */
export async function browserMemoryMb(
	browser: Browser
): Promise<{ renderer: number; all: number }> {
	const cdp = await browser.newBrowserCDPSession();
	const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
		processInfo: { id: number; type: string }[];
	};
	const kb = { renderer: 0, all: 0 };
	for (const p of processInfo) {
		try {
			const status = readFileSync(`/proc/${p.id}/status`, 'utf8');
			const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
			kb.all += rss;
			if (p.type === 'renderer') kb.renderer = Math.max(kb.renderer, rss);
		} catch {
			// a process that ended meanwhile
		}
	}
	await cdp.detach();
	return { renderer: Math.round(kb.renderer / 1024), all: Math.round(kb.all / 1024) };
}
