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

/** Which published data the numbers come from, and when they left the app. */
export interface Provenance {
	/** The dataset's version: the start of the SHA-256 of its SHA256SUMS (`vite.config.ts`). */
	version: string;
	/** Imports in this browser changed the data: the published version alone no longer names it. */
	changed: boolean;
	now: Date;
}

/** The day in China (UTC+8 all year, no daylight saving time), without Intl's locale data. */
export const chinaDay = (now: Date): string =>
	new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

export const versionText = (p: Provenance, lang: Lang): string =>
	p.changed
		? `${p.version} + ${lang === 'en' ? 'imports in this browser' : '本机导入'}`
		: p.version;

/** `数据版本 3f9a1c2b7d10 · 导出于 2026-12-01`. */
export const provenanceLine = (p: Provenance, lang: Lang): string =>
	lang === 'en'
		? `Data version ${versionText(p, lang)} · Exported ${chinaDay(p.now)}`
		: `数据版本 ${versionText(p, lang)} · 导出于 ${chinaDay(p.now)}`;

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

export function exportMeta(
	title: string,
	meta: CardMeta,
	lang: Lang,
	link: string,
	provenance: Provenance
): ExportMeta {
	const metric = meta.metric
		? withUnit(lang === 'en' ? meta.metric.en : meta.metric.zh, meta.metric.unit, lang)
		: undefined;
	return {
		title,
		caption: [metric, meta.subject, meta.years].filter(Boolean).join(' · '),
		source: sourceLine(lang),
		stamp: provenanceLine(provenance, lang),
		warning: meta.demo ? demoWarning(lang) : null,
		link
	};
}
