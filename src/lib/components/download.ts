import Papa from 'papaparse';
import { echarts, prepare, useSvgRenderer, type ChartOption } from '$lib/charts/echarts';

export function downloadBlob(name: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** CSV with BOM so Excel opens the Chinese correctly; nulls stay empty, never 0. */
export function csvBlob(rows: readonly Record<string, unknown>[]): Blob {
	return new Blob(['\ufeff' + Papa.unparse(rows as object[], { newline: '\n' }) + '\n'], {
		type: 'text/csv;charset=utf-8'
	});
}

/** Renders the option once with the SVG renderer, off screen, and returns the markup. */
export async function svgOf(option: ChartOption, width: number, height: number): Promise<string> {
	await Promise.all([useSvgRenderer(), prepare(option)]);
	const div = document.createElement('div');
	const chart = echarts.init(div, null, { renderer: 'svg', width, height });
	chart.setOption({ ...option, animation: false, backgroundColor: '#ffffff' });
	const svg = chart.renderToSVGString();
	chart.dispose();
	return svg;
}

export async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		const area = document.createElement('textarea');
		area.value = text;
		document.body.append(area);
		area.select();
		const ok = document.execCommand('copy');
		area.remove();
		return ok;
	}
}
