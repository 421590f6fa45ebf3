// Plain JavaScript: vite.config.ts imports it, and Vite loads the config with Node's own loader.

/**
 * The modules the landing page (`/`) loads up front: the SvelteKit client, the generated app and
 * the root layout and page. Everything they import statically goes into one chunk.
 */
const LANDING_ROOTS = [
	/[\\/]@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]entry\.js$/,
	/[\\/]generated[\\/]client-optimized[\\/]app\.js$/,
	/[\\/]src[\\/]routes[\\/]\+(layout|page)\.(svelte|ts|js)$/
];

/** The group name of the landing page's modules (vite.config.ts: output.codeSplitting). */
export const LANDING_CHUNK = 'landing';

/**
 * V8's explicit compile hint (Chrome 136+): every function of the file is compiled eagerly while
 * the file streams in, off the main thread, instead of lazily on the main thread when first called.
 */
export const LANDING_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Whether `id` is one of the landing page's roots or imported statically, at any depth, by one.
 * Without this group rolldown split that code into ≈ 50 chunks by the set of routes using each
 * module: a repeat visit, all from the service worker's cache, spent ≈ 2 ms of main thread per
 * chunk (preload, response, compile task) before any of the app ran. Modules only other routes or
 * dynamic imports reach are left to rolldown, so the landing route's JS does not grow.
 * @param {string} id
 * @param {(id: string) => { importers: readonly string[] } | null} moduleInfo
 * @param {Map<string, boolean>} [known] answers of earlier calls (one map per build)
 * @returns {boolean}
 */
export function isLandingModule(id, moduleInfo, known = new Map()) {
	// Up the static importers: a root (or a module known to be landing) answers yes. Otherwise
	// every module seen has all its importers seen too, none a root: all of them answer no.
	const seen = new Set([id]);
	const queue = [id];
	for (const at of queue) {
		if (known.get(at) === true || LANDING_ROOTS.some((re) => re.test(at))) {
			known.set(id, true);
			return true;
		}
		if (known.get(at) === false) continue;
		for (const by of moduleInfo(at)?.importers ?? [])
			if (!seen.has(by)) {
				seen.add(by);
				queue.push(by);
			}
	}
	for (const at of seen) known.set(at, false);
	return false;
}

/**
 * The `output.codeSplitting` group (rolldown) that puts the landing page's modules in one chunk.
 * @returns {{ name: (id: string, ctx: { getModuleInfo: (id: string) => { importers: readonly string[] } | null }) => string | null }}
 */
export function landingGroup() {
	const known = new Map();
	return {
		name: (id, ctx) =>
			isLandingModule(id, (m) => ctx.getModuleInfo(m), known) ? LANDING_CHUNK : null
	};
}

/**
 * The Vite plugin (vite.config.ts): the landing page's modules in one chunk, in the browser's
 * build only (SvelteKit sets build.ssr for its server build in its own config hook, which runs
 * first), and V8's compile hint on that chunk's first line, once Vite has written its preamble
 * there. With the hint, a repeat visit's main thread spent ≈ 35 % less CPU before the first chart
 * (no V8 code cache is consumed for chunks the service worker answers, so every visit compiles).
 * @returns {import('vite').Plugin}
 */
export function landingChunkPlugin() {
	return {
		name: 'ogi-landing-chunk',
		config: (config) =>
			config.build?.ssr
				? {}
				: {
						build: { rolldownOptions: { output: { codeSplitting: { groups: [landingGroup()] } } } }
					},
		generateBundle: {
			order: 'post',
			handler(_, bundle) {
				for (const chunk of Object.values(bundle))
					if (chunk.type === 'chunk' && chunk.name === LANDING_CHUNK)
						chunk.code = `${LANDING_COMPILE_HINT}\n${chunk.code}`;
			}
		}
	};
}
