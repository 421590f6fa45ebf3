import type { ExportMeta } from '$lib/charts/export';
import { withUnit } from '$lib/format';
import { t, type Lang } from '$lib/i18n';
import type { Metric } from '$lib/metrics/metrics';
import type { ViewState } from '$lib/url/state';

/** What a chart card knows about its numbers beyond the title (for exports and the share image). */
export interface CardMeta {
	metric?: Metric;
	/** Region or selection: `全国 · 省级 · 政府本级`, `洪泽区、朗县`. */
	subject?: string;
	/** `2023` or `2019–2025`. */
	years?: string;
	/** The numbers include synthetic demo rows. */
	demo?: boolean;
}

export const sourceLine = (lang: Lang) =>
	lang === 'en'
		? 'Source: OGI Annual Report Explorer — government information disclosure annual reports'
		: '数据来源：政务公开年报透视（政府信息公开工作年度报告）';

export const demoWarning = (lang: Lang) =>
	lang === 'en'
		? 'Includes synthetic demo data (not real reports): do not cite as fact.'
		: '含合成演示数据（非真实报告），不能作为事实引用。';

/** The filters that shape every number, in the reader's language. */
export function filtersLine(state: ViewState, lang: Lang): string {
	return [
		t(lang, state.scope),
		t(lang, state.level),
		...(state.realOnly ? [t(lang, 'realOnly')] : []),
		...(state.consistentOnly ? [t(lang, 'consistentOnly')] : [])
	].join(' · ');
}

export function exportMeta(title: string, meta: CardMeta, lang: Lang, link: string): ExportMeta {
	const metric = meta.metric
		? withUnit(lang === 'en' ? meta.metric.en : meta.metric.zh, meta.metric.unit, lang)
		: undefined;
	return {
		title,
		caption: [metric, meta.subject, meta.years].filter(Boolean).join(' · '),
		source: sourceLine(lang),
		warning: meta.demo ? demoWarning(lang) : null,
		link
	};
}
