import type { ChartOption } from './echarts';

/** What a downloaded chart says about itself, so that it stands alone when shared. */
export interface ExportMeta {
	title: string;
	/** Metric with unit, region and years: `新收申请数（件） · 全国 · 省级 · 2019–2025`. */
	caption: string;
	source: string;
	/** Data version and export date: `数据版本 3f9a1c2b7d10 · 导出于 2026-12-01`. */
	stamp: string;
	/** The demo-data warning, where the chart shows synthetic rows. */
	warning: string | null;
	link: string;
	/** QR code modules of the link (share image), drawn at the bottom right. */
	qr?: readonly (readonly boolean[])[] | null;
}

const HEADER = 60;
const LINE = 17;
const QR_SIZE = 100;
const MIN_WIDTH = 640;

type Box = Record<string, unknown>;
const shift = (box: unknown, key: 'top' | 'bottom', by: number, fallback: number): unknown => {
	if (Array.isArray(box)) return box.map((b) => shift(b, key, by, fallback));
	if (!box || typeof box !== 'object') return box;
	const b = box as Box;
	const v = b[key];
	return { ...b, [key]: (typeof v === 'number' ? v : fallback) + by };
};

/** Runs of dark modules per row as rectangles (fewer shapes than one per module). */
function qrRects(qr: readonly (readonly boolean[])[], size: number) {
	const cell = size / qr.length;
	const rects: { x: number; y: number; w: number }[] = [];
	qr.forEach((row, y) => {
		for (let x = 0; x < row.length; x++) {
			if (!row[x]) continue;
			const start = x;
			while (row[x + 1]) x++;
			rects.push({ x: start, y, w: x - start + 1 });
		}
	});
	return rects.map((r) => ({
		type: 'rect',
		shape: { x: r.x * cell, y: r.y * cell, width: r.w * cell + 0.3, height: cell + 0.3 },
		style: { fill: '#0f172a' }
	}));
}

/**
 * The chart option as a self-explaining image: title and caption above the plot, source line,
 * data version and export date, demo warning and link below it (and the link's QR code for the
 * share image). Plot areas, legends and visual maps are moved to make room; the canvas grows.
 */
export function exportOption(
	option: ChartOption,
	meta: ExportMeta,
	width: number,
	height: number
): { option: ChartOption; width: number; height: number } {
	const lines = [
		{ text: meta.source, fill: '#334155' },
		{ text: meta.stamp, fill: '#475569' },
		...(meta.warning ? [{ text: meta.warning, fill: '#b91c1c' }] : []),
		{ text: meta.link, fill: '#1d4ed8' }
	];
	const footer = Math.max(lines.length * LINE + 16, meta.qr ? QR_SIZE + 16 : 0);
	const w = Math.max(width, MIN_WIDTH);
	const textWidth = w - 24 - (meta.qr ? QR_SIZE + 16 : 0);
	const o = option as Box;
	const graphic = [
		...lines.map((l, i) => ({
			type: 'text',
			left: 12,
			bottom: 8 + (lines.length - 1 - i) * LINE,
			style: {
				text: l.text,
				fill: l.fill,
				fontSize: 12,
				width: textWidth,
				overflow: 'truncate'
			}
		})),
		...(meta.qr
			? [
					{
						type: 'group',
						right: 12,
						bottom: 8,
						children: [
							{
								type: 'rect',
								shape: { x: -4, y: -4, width: QR_SIZE + 8, height: QR_SIZE + 8 },
								style: { fill: '#ffffff' }
							},
							...qrRects(meta.qr, QR_SIZE)
						]
					}
				]
			: [])
	];
	return {
		width: w,
		height: height + HEADER + footer,
		option: {
			...o,
			animation: false,
			backgroundColor: '#ffffff',
			title: {
				text: meta.title,
				subtext: meta.caption,
				left: 12,
				top: 8,
				textStyle: {
					fontSize: 16,
					fontWeight: 'bold',
					color: '#0f172a',
					width: w - 24,
					overflow: 'truncate'
				},
				subtextStyle: { fontSize: 12, color: '#334155', width: w - 24, overflow: 'truncate' }
			},
			grid: shift(shift(o.grid ?? {}, 'top', HEADER, 60), 'bottom', footer, 60),
			...(o.legend ? { legend: shift(o.legend, 'top', HEADER, 0) } : {}),
			...(o.visualMap ? { visualMap: shift(o.visualMap, 'bottom', footer, 0) } : {}),
			graphic
		}
	};
}
