/** WeChat's built-in browser (微信内置浏览器) blocks file downloads: share images are long-pressed instead. */
export const isWeChat = (userAgent: string) => /MicroMessenger/i.test(userAgent);

/** The same view as a one-chart embed for an iframe. */
export function embedLink(href: string, chart: string): string {
	const u = new URL(href);
	u.searchParams.set('embed', '1');
	u.searchParams.set('chart', chart);
	return u.toString();
}

/** The full app view behind an embed (the link back). */
export function appLink(href: string): string {
	const u = new URL(href);
	u.searchParams.delete('embed');
	u.searchParams.delete('chart');
	return u.toString();
}

export function iframeCode(href: string, chart: string, title: string, height: number): string {
	const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
	return `<iframe src="${esc(embedLink(href, chart))}" title="${esc(title)}" width="100%" height="${height + 140}" style="border:0" loading="lazy"></iframe>`;
}

export interface EmbedRequest {
	on: boolean;
	/** The card asked for, or null for the page's first chart. */
	chart: string | null;
}

export function embedRequest(search: URLSearchParams): EmbedRequest {
	return {
		on: search.get('embed') === '1',
		chart: search.get('chart')?.slice(0, 40) || null
	};
}
