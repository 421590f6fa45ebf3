// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** The published dataset's version (vite.config.ts). */
	const __DATA_VERSION__: string;
}

export {};
