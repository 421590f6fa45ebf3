import { describe, expect, it } from 'vitest';
import { exportOption } from './export';

describe('exported charts stand alone', () => {
	const meta = {
		title: '新收申请数 · 趋势',
		caption: '新收申请数（件） · 全国 · 省级 · 政府本级 · 2019–2025',
		source: '数据来源：政务公开年报透视（政府信息公开工作年度报告）',
		stamp: '数据版本 3f9a1c2b7d10 · 导出于 2026-12-01',
		warning: '含合成演示数据',
		link: 'https://example.org/?y=2023'
	};
	it('adds title, caption, source, data version and date, warning and link, and makes room for them', () => {
		const { option, width, height } = exportOption(
			{ grid: { top: 40, bottom: 8 }, legend: { top: 0 }, series: [] },
			meta,
			375,
			300
		);
		const text = JSON.stringify(option);
		for (const s of [meta.title, meta.caption, meta.source, meta.stamp, meta.warning, meta.link])
			expect(text).toContain(s);
		expect(width).toBe(640);
		expect(height).toBeGreaterThan(300 + 60 + 4 * 17);
		const o = option as { grid: { top: number; bottom: number }; legend: { top: number } };
		expect(o.grid.top).toBe(100);
		expect(o.legend.top).toBe(60);
		expect(o.grid.bottom).toBeGreaterThan(8 + 4 * 17);
	});
	it('leaves the warning out for real data and draws a QR code when given one', () => {
		const qr = [
			[true, true, false],
			[false, true, false],
			[true, false, true]
		];
		const { option } = exportOption({ series: [] }, { ...meta, warning: null, qr }, 800, 300);
		const text = JSON.stringify(option);
		expect(text).not.toContain(meta.warning);
		const group = (option as { graphic: { type: string; children?: unknown[] }[] }).graphic.find(
			(g) => g.type === 'group'
		)!;
		// A white quiet zone and one rectangle per run of dark modules: 1 + 1 + 1 + 2.
		expect(group.children).toHaveLength(5);
	});
});
