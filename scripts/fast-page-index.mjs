// Plain JavaScript: vite.config.ts imports it, and Vite loads the config with Node's own loader.
import { existsSync, readFileSync } from 'node:fs';

/** The environment variable src/app.html reads (`%sveltekit.env.PUBLIC_OGI_FAST_FILES%`). */
export const FAST_FILES_ENV = 'PUBLIC_OGI_FAST_FILES';

/**
 * The fast-path manifest's file map (column → content-hashed path) as a script literal for the
 * page's inline script: with it, a shared link requests its first files together with the HTML
 * instead of after the manifest, whose `.then` waits for the main thread (module evaluation and
 * hydration held it for ≈ 1 s on 2 cores). Empty without a manifest: the script then asks the
 * manifest first. `<` is escaped so that no path can end the script element.
 * @param {{ files: Record<string, string> } | null} manifest
 * @returns {string}
 */
export function fastFilesLiteral(manifest) {
	if (!manifest) return '';
	return JSON.stringify(manifest.files).replaceAll('<', '\\u003c');
}

/**
 * The literal for the manifest at `path` (static/data/fast/manifest.json at build time).
 * @param {string} path
 * @returns {string}
 */
export function fastFilesLiteralAt(path) {
	if (!existsSync(path)) return '';
	try {
		return fastFilesLiteral(JSON.parse(readFileSync(path, 'utf8')));
	} catch {
		return '';
	}
}
