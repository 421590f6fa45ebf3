import { describe, expect, it } from 'vitest';
import { GLYPH_CHUNK, GLYPH_FONTS, newWideChars, warmSome, type GlyphCanvas } from './glyphs';
import { FONT_FAMILY } from './font';

function recorder() {
	const calls: string[] = [];
	const ctx: GlyphCanvas = {
		font: '',
		measureText: (text) => calls.push(`measure ${ctx.font} ${text}`),
		fillText: (text) => void calls.push(`fill ${ctx.font} ${text}`)
	};
	return { ctx, calls };
}

describe('glyph warm-up', () => {
	it('takes the distinct wide characters not seen before, and no ASCII', () => {
		expect(
			newWideChars('全国 · 县级 · 政府本级（演示数据）12.5万件 a', new Set(['全', '国']))
		).toEqual([...'县级政府本（演示数据）万件']);
		expect(newWideChars('2024 disclosure rate', new Set())).toEqual([]);
	});

	it('measures and draws every character in every chart font, a chunk per idle slice', () => {
		const chars = [...'行政许可决定数件公开率复议纠错不设地级省县演示数据真实混合'];
		const { ctx, calls } = recorder();
		const left = warmSome(ctx, chars, { timeRemaining: () => 0 });
		expect(left).toEqual(chars.slice(GLYPH_CHUNK));
		const first = chars.slice(0, GLYPH_CHUNK).join('');
		expect(calls).toEqual(
			GLYPH_FONTS.flatMap((f) => [`measure ${f} ${first}`, `fill ${f} ${first}`])
		);
		// With time left, the rest in the same slice.
		expect(warmSome(ctx, left, { timeRemaining: () => 50 })).toEqual([]);
		const drawn = calls
			.filter((c) => c.startsWith(`fill ${GLYPH_FONTS[0]}`))
			.map((c) => c.split(' ').at(-1));
		expect(drawn.join('')).toBe(chars.join(''));
	});

	it('uses the sizes the chart builders set and ECharts default', () => {
		expect(GLYPH_FONTS).toContain(`12px ${FONT_FAMILY}`);
		expect(GLYPH_FONTS).toContain(`9px ${FONT_FAMILY}`);
	});
});
