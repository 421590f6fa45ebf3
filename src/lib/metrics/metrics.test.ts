import { describe, expect, it } from 'vitest';
import { FIELDS } from '$lib/report';
import { metric } from './metrics';

describe('metric definitions', () => {
	it('say in the reader’s language whether a field compares across the two formats', () => {
		const fee = metric('t2_fee_amount_10k_cny')!;
		expect(fee.definitionZh).toContain('2019 年格式无此项');
		expect(fee.definitionEn).toContain('from 2021 only');
	});

	it('never show the spec’s English developer notes on a Chinese page (regression: “2019 counts fee items instead”)', () => {
		for (const f of FIELDS) {
			const zh = metric(f.id)!.definitionZh;
			expect(zh, f.id).not.toMatch(/maps here|signed integer|instead|normalise|derived in/);
		}
	});
});
