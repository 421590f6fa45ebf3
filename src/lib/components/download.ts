import { THEME, echarts, prepare, useSvgRenderer, type ChartOption } from '$lib/charts/echarts';

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
export function csvBlob(text: string): Blob {
	return new Blob(['\ufeff' + text], { type: 'text/csv;charset=utf-8' });
}

/**
 * Renders an option once, off screen, and returns SVG markup or a PNG data URL (at twice the
 * size, for sharp text on phones).
 */
export async function renderImage(
	option: ChartOption,
	width: number,
	height: number,
	type: 'svg' | 'png'
): Promise<string> {
	await Promise.all([type === 'svg' ? useSvgRenderer() : Promise.resolve(), prepare(option)]);
	const div = document.createElement('div');
	div.style.cssText = `position:fixed;left:-20000px;top:0;width:${width}px;height:${height}px`;
	document.body.append(div);
	try {
		const chart = echarts.init(div, THEME, {
			renderer: type === 'svg' ? 'svg' : 'canvas',
			width,
			height
		});
		chart.setOption({ ...option, animation: false, backgroundColor: '#ffffff' });
		const out =
			type === 'svg'
				? chart.renderToSVGString()
				: chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
		chart.dispose();
		return out;
	} finally {
		div.remove();
	}
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
