import type { Metric } from '$lib/metrics/metrics';
import { formatValue, type Lang } from '$lib/format';
import type { ChartOption } from './echarts';
import { PROVINCE_TILES } from './tiles';

export interface TileValue {
	province_code: string;
	value: number | null;
}

/** Provinces as equal tiles coloured by the metric; no-data tiles (incl. 台湾/香港/澳门) stay grey. */
export function buildTileMap(rows: readonly TileValue[], metric: Metric, lang: Lang): ChartOption {
	const byCode = new Map(rows.map((r) => [r.province_code, r.value]));
	const tile = (t: (typeof PROVINCE_TILES)[number], value: number | string) => ({
		value: [t.col, 7 - t.row, value],
		name: t.name,
		code: t.code
	});
	const data = PROVINCE_TILES.filter((t) => typeof byCode.get(t.code) === 'number').map((t) =>
		tile(t, byCode.get(t.code) as number)
	);
	const empty = PROVINCE_TILES.filter((t) => typeof byCode.get(t.code) !== 'number').map((t) =>
		tile(t, '-')
	);
	const values = rows.map((r) => r.value).filter((v): v is number => typeof v === 'number');
	return {
		aria: { enabled: true },
		animation: false,
		tooltip: {
			formatter: (p: { data: { name: string; value: [number, number, number | string] } }) =>
				`${p.data.name}：${typeof p.data.value[2] === 'number' ? formatValue(p.data.value[2], metric.unit, lang) : lang === 'en' ? 'no data' : '无数据'}`
		},
		grid: { left: 4, right: 4, top: 4, bottom: 36 },
		xAxis: { type: 'category', data: [0, 1, 2, 3, 4, 5, 6, 7], show: false },
		yAxis: { type: 'category', data: [0, 1, 2, 3, 4, 5, 6, 7], show: false },
		visualMap: {
			min: values.length ? Math.min(...values) : 0,
			max: values.length ? Math.max(...values) : 1,
			calculable: false,
			orient: 'horizontal',
			left: 'center',
			bottom: 0,
			itemHeight: 120,
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
					fontSize: 11
				},
				itemStyle: { borderColor: '#fff', borderWidth: 2 },
				emphasis: { itemStyle: { borderColor: '#0f172a' } }
			},
			{
				// No data (and 台湾/香港/澳门, outside the dataset): grey tiles, never coloured as 0.
				type: 'custom',
				data: empty,
				renderItem: (
					_params: unknown,
					api: {
						value: (i: number) => number;
						coord: (v: number[]) => number[];
						size: (v: number[]) => number[];
					}
				) => {
					const [x = 0, y = 0] = api.coord([api.value(0), api.value(1)]);
					const [w = 0, h = 0] = api.size([1, 1]);
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
									text:
										empty[_params ? (_params as { dataIndex: number }).dataIndex : 0]?.name ?? '',
									fill: '#64748b',
									fontSize: 11,
									align: 'center',
									verticalAlign: 'middle'
								}
							}
						]
					};
				}
			}
		]
	};
}
