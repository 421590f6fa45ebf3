// DuckDB-wasm and ECharts are browser-only; adapter-static writes one HTML shell per route.
export const ssr = false;
export const prerender = true;
