import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/e2e/chromium';

// E2E_PORT lets several checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4180);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	workers: 1,
	// Failsafes only: every wait in the specs is on a readiness signal of the app (html[data-engine],
	// main[data-pending], .chart[data-ready]); these bounds just stop a broken run on a busy machine.
	timeout: 300_000,
	expect: { timeout: 30_000 },
	reporter: [['list']],
	webServer: {
		// The e2e build lives in .svelte-kit/e2e (`npm run build:e2e`), apart from `npm start`'s, and
		// is served as in production (precompressed, cache headers: scripts/serve.ts).
		command: `node --import tsx scripts/serve.ts --port ${PORT}`,
		env: { OGI_BUILD: 'e2e' },
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false
	},
	use: {
		baseURL: `http://127.0.0.1:${PORT}/`,
		browserName: 'chromium',
		// Specs intercept requests with page.route, which a service worker would bypass; the offline
		// spec (sw.e2e.ts) allows it in its own context.
		serviceWorkers: 'block',
		launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }
	}
});
