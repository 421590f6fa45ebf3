import { describe, expect, it } from 'vitest';
import { metric } from '$lib/metrics/metrics';
import { fileStem, summarySentence } from './summary';

describe('summary sentence', () => {
	const requests = metric('t3_new_received__total')!;
	it('states subject, year, number, change, source and the demo caveat in Chinese', () => {
		expect(
			summarySentence(
				{
					subject: '浙江省',
					metric: requests,
					year: 2024,
					value: 1300,
					previous: 1250,
					demo: true
				},
				'zh',
				'https://x/?m=a'
			)
		).toBe(
			'2024年，浙江省新收申请数为1300件，比2023年增长4.0%。数据来源：政务公开年报透视（政府信息公开工作年度报告）（含合成演示数据，非真实数字），https://x/?m=a'
		);
	});
	it('formats rates and English', () => {
		const s = summarySentence(
			{
				subject: 'Lang County',
				metric: metric('disclosure_rate')!,
				year: 2021,
				value: 0.5,
				demo: false
			},
			'en',
			'L'
		);
		expect(s).toBe(
			'In 2021, Lang County: Disclosure rate 50.0%. Source: OGI Annual Report Explorer (government information disclosure annual reports), L.'
		);
	});
	it('names files after the view and the state', () => {
		expect(fileStem('compare', new URLSearchParams('m=disclosure_rate&r=540426,320813'))).toBe(
			'ogi_compare_m-disclosure_rate_r-540426_320813'
		);
	});
});
