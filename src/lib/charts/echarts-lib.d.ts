// ECharts ships these per-part installers without declarations; they are what `echarts/charts`
// re-exports, imported directly so a dynamic import splits them into their own chunk.
declare module 'echarts/lib/*/install.js' {
	export const install: Parameters<typeof import('echarts/core').use>[0];
}
declare module 'echarts/lib/component/marker/install*.js' {
	export const install: Parameters<typeof import('echarts/core').use>[0];
}
