import { formatQuantity } from '$lib/format';
import type { Metric } from '$lib/metrics/metrics';
import type { Lang } from './index';

export interface Finding {
	subject: string;
	metric: Metric;
	year: number;
	value: number | null;
	previous?: number | null;
	/** Whether the numbers include synthetic demo reports. */
	demo: boolean;
	n?: number;
}

const change = (value: number, previous: number | null | undefined) =>
	previous ? (value - previous) / previous : null;

/**
 * One sentence that carries the finding into a chat: subject, year, number, change, and where it
 * comes from, with the demo-data caveat when it applies.
 */
export function summarySentence(f: Finding, lang: Lang, link: string): string {
	const v = formatQuantity(f.value, f.metric.unit, lang);
	const c = f.value === null ? null : change(f.value, f.previous);
	if (lang === 'en') {
		const delta =
			c === null
				? ''
				: `, ${c >= 0 ? 'up' : 'down'} ${Math.abs(c * 100).toFixed(1)}% on ${f.year - 1}`;
		const demo = f.demo ? ' Includes synthetic demo data, not real figures.' : '';
		return `In ${f.year}, ${f.subject}: ${f.metric.en} ${v}${delta}. Source: OGI Annual Report Explorer (government information disclosure annual reports), ${link}.${demo}`;
	}
	const delta =
		c === null
			? ''
			: `，比${f.year - 1}年${c >= 0 ? '增长' : '下降'}${Math.abs(c * 100).toFixed(1)}%`;
	const demo = f.demo ? '（含合成演示数据，非真实数字）' : '';
	return `${f.year}年，${f.subject}${f.metric.zh}为${v}${delta}。数据来源：政务公开年报透视（政府信息公开工作年度报告）${demo}，${link}`;
}

/** A file name that says what was downloaded: view, then the non-default state. */
export function fileStem(view: string, search: URLSearchParams): string {
	const parts = [...search.entries()].map(([k, v]) => `${k}-${v.replace(/[^\w.-]+/g, '_')}`);
	return ['ogi', view, ...parts].join('_').slice(0, 150);
}
