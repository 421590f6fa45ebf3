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
