import { describe, expect, it } from 'vitest';
import { appLink, embedLink, embedRequest, iframeCode, isWeChat } from './share';

describe('sharing', () => {
	it('recognises WeChat’s browser by its user agent', () => {
		expect(
			isWeChat(
				'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN'
			)
		).toBe(true);
		expect(isWeChat('Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0 Safari/537.36')).toBe(false);
	});
	it('embeds one chart and links back to the full view', () => {
		const e = embedLink('https://x.org/rank?m=disclosure_rate', 'rank');
		expect(e).toBe('https://x.org/rank?m=disclosure_rate&embed=1&chart=rank');
		expect(appLink(e)).toBe('https://x.org/rank?m=disclosure_rate');
		expect(embedRequest(new URL(e).searchParams)).toEqual({ on: true, chart: 'rank' });
		expect(embedRequest(new URLSearchParams('embed=1'))).toEqual({ on: true, chart: null });
		expect(iframeCode('https://x.org/?a=1&b="', 'c', 'T<', 300)).toContain('&amp;b=%22');
	});
});
