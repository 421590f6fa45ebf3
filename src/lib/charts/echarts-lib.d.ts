// ECharts ships these per-part installers without declarations; they are what `echarts/charts`,
// `echarts/components` and `echarts/renderers` re-export, imported directly: through a barrel the
// landing chunk would take every part, and a dynamic import splits a part into its own chunk.
declare module 'echarts/lib/*/install.js' {
	export const install: Exclude<Parameters<typeof import('echarts/core').use>[0], unknown[]>;
}
declare module 'echarts/lib/component/marker/install*.js' {
	export const install: Exclude<Parameters<typeof import('echarts/core').use>[0], unknown[]>;
}
declare module 'echarts/lib/renderer/install*.js' {
	export const install: Exclude<Parameters<typeof import('echarts/core').use>[0], unknown[]>;
}
