import type { Metric } from '$lib/metrics/metrics';
import { formatQuantity, formatValue, type Lang } from '$lib/format';
import type { ChartOption } from './echarts';
import { PROVINCE_TILES } from './tiles';

export interface Tile {
	code: string;
	name: string;
	col: number;
	row: number;
}

export interface TileValue {
	code: string;
	value: number | null;
}

export interface TileMapOptions {
	/** Tiles to draw (default: the 34 provincial units). */
	tiles?: readonly Tile[];
	/** Why a tile has no value (e.g. 直辖市 have no prefecture level), shown in its tooltip and label. */
	emptyReason?: ReadonlyMap<string, string>;
}

/** Lays out the children of a drill-down parent as a near-square grid of tiles, in code order. */
export function gridTiles(regions: readonly { code: string; name: string }[]): Tile[] {
	const cols = Math.max(1, Math.ceil(Math.sqrt(regions.length * 1.6)));
	return (
		[...regions]
			// Codes are digits: plain comparison gives localeCompare's order without building the
			// page's first Intl collator (tens of ms before the first chart, more on a phone).
			.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
			.map((r, i) => ({ code: r.code, name: r.name, col: i % cols, row: Math.floor(i / cols) }))
	);
}

/**
 * Regions as equal tiles coloured by the metric, with the colour scale's numbers at both ends;
 * no-data tiles (incl. 台湾/香港/澳门) stay grey, never coloured as 0.
 */
export function buildTileMap(
	rows: readonly TileValue[],
	metric: Metric,
	lang: Lang,
	{ tiles = PROVINCE_TILES, emptyReason }: TileMapOptions = {}
): ChartOption {
	const byCode = new Map(rows.map((r) => [r.code, r.value]));
	const rowsN = Math.max(...tiles.map((t) => t.row), 0) + 1;
	const colsN = Math.max(...tiles.map((t) => t.col), 0) + 1;
	const small = tiles.length > 40;
	const tile = (t: Tile, value: number | string) => ({
		value: [t.col, rowsN - 1 - t.row, value],
		name: t.name,
		code: t.code
	});
	const has = (t: Tile) => typeof byCode.get(t.code) === 'number';
	const data = tiles.filter(has).map((t) => tile(t, byCode.get(t.code) as number));
	const empty = tiles.filter((t) => !has(t)).map((t) => tile(t, '-'));
	const values = data.map((d) => d.value[2] as number);
	const min = values.length ? Math.min(...values) : 0;
	const max = values.length ? Math.max(...values) : 1;
	const noData = lang === 'en' ? 'no data' : '无数据';
	return {
		aria: { enabled: true },
		animation: false,
		tooltip: {
			formatter: (p: { data: { name: string; code: string; value: [number, number, unknown] } }) =>
				`${p.data.name}：${
					typeof p.data.value[2] === 'number'
						? formatQuantity(p.data.value[2], metric.unit, lang)
						: (emptyReason?.get(p.data.code) ?? noData)
				}`
		},
		grid: { left: 4, right: 4, top: 4, bottom: 40 },
		xAxis: { type: 'category', data: Array.from({ length: colsN }, (_, i) => i), show: false },
		yAxis: { type: 'category', data: Array.from({ length: rowsN }, (_, i) => i), show: false },
		visualMap: {
			min,
			max: max > min ? max : min + 1,
			calculable: false,
			orient: 'horizontal',
			left: 'center',
			bottom: 0,
			itemHeight: 120,
			itemWidth: 12,
			// The scale's two ends as numbers with the unit, so a screenshot or export can be read.
			text: [formatQuantity(max, metric.unit, lang), formatQuantity(min, metric.unit, lang)],
			textStyle: { fontSize: 11, color: '#334155' },
			seriesIndex: 0,
			inRange: { color: ['#fee2e2', '#b91c1c'] },
			outOfRange: { color: '#e2e8f0' },
			formatter: (v: number) => formatValue(v, metric.unit, lang)
		},
		series: [
			{
				type: 'heatmap',
				data,
				label: {
					show: true,
					formatter: (p: { data: { name: string } }) => p.data.name,
					fontSize: small ? 9 : 11,
					overflow: 'truncate',
					width: 60
				},
				itemStyle: { borderColor: '#fff', borderWidth: 2 },
				emphasis: { itemStyle: { borderColor: '#0f172a' } }
			},
			{
				// No data: grey tiles, with the reason where there is one.
				type: 'custom',
				data: empty,
				renderItem: (
					params: { dataIndex: number },
					api: {
						value: (i: number) => number;
						coord: (v: number[]) => number[];
						size: (v: number[]) => number[];
					}
				) => {
					const [x = 0, y = 0] = api.coord([api.value(0), api.value(1)]);
					const [w = 0, h = 0] = api.size([1, 1]);
					const item = empty[params.dataIndex];
					const reason = item ? emptyReason?.get(item.code) : undefined;
					return {
						type: 'group',
						children: [
							{
								type: 'rect',
								shape: { x: x - w / 2 + 1, y: y - h / 2 + 1, width: w - 2, height: h - 2 },
								style: { fill: '#e2e8f0' }
							},
							{
								type: 'text',
								style: {
									x,
									y,
									text: (item?.name ?? '') + (reason && !small ? `\n${reason}` : ''),
									fill: '#64748b',
									fontSize: small ? 9 : reason ? 9 : 11,
									align: 'center',
									verticalAlign: 'middle',
									width: w - 4,
									overflow: 'truncate'
								}
							}
						]
					};
				}
			}
		]
	};
}
