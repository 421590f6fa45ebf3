import adapter from '@sveltejs/adapter-static';

// `OGI_BUILD=e2e` builds (and `tsx scripts/serve.ts` serves) a separate copy under .svelte-kit/e2e, so
// `npm test` never replaces the hashed files under a running `npm start`.
const variant = process.env.OGI_BUILD;
const outDir = variant ? `.svelte-kit/${variant}` : '.svelte-kit';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: {
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		outDir,
		adapter: adapter({
			pages: variant ? `${outDir}/build` : 'build',
			assets: variant ? `${outDir}/build` : 'build',
			fallback: '200.html'
		})
	}
};

export default config;
