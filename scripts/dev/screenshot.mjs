import { chromium } from 'playwright-core';
const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
const out = process.argv[3] ?? '/tmp/shot.png';
const width = Number(process.argv[4] ?? 1200);
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-quic',
		'--no-first-run',
		'--disable-component-update',
		'--disable-sync'
	]
});
const page = await browser.newPage({ viewport: { width, height: 900 } });
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
const t0 = Date.now();
await page.goto(url);
try {
	await page.waitForSelector('[data-ready="1"]', { timeout: 30000 });
} catch (e) {
	console.log('no chart', e.message);
}
console.log('ms', Date.now() - t0);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
