import Papa from 'papaparse';
import type { ExportMeta } from '$lib/charts/export';
import { unitLabel, withUnit } from '$lib/format';
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

const KNOWN_KEYS: Record<string, { zh: string; en: string }> = {
	region_code: { zh: '地区代码', en: 'Region code' },
	province_code: { zh: '省级代码', en: 'Province code' },
	code: { zh: '代码', en: 'Code' },
	value: { zh: '原始数值', en: 'Raw value' },
	blank: { zh: '空白报告数', en: 'Blank reports' },
	rule_id: { zh: '规则编号', en: 'Rule id' },
	name: { zh: '名称', en: 'Name' },
	status: { zh: '状态', en: 'Status' },
	shown: { zh: '数值', en: 'Value' }
};

/**
 * CSV that says what it holds: metadata lines (metric, unit, region, years, filters, origin,
 * source, link), a blank line, then one header row in one language and the numbers. Columns not
 * shown in the table (codes) follow with their own labels.
 */
export function csvText(
	rows: readonly Record<string, unknown>[],
	columns: readonly { key: string; label: string }[],
	meta: CardMeta & { title: string; filters: string; link: string },
	lang: Lang
): string {
	const metaRows: [string, string][] = [
		[lang === 'en' ? 'Title' : '标题', meta.title],
		...(meta.metric
			? ([
					[t(lang, 'metric'), lang === 'en' ? meta.metric.en : meta.metric.zh],
					[lang === 'en' ? 'Unit' : '单位', csvUnit(meta.metric.unit, lang)]
				] as [string, string][])
			: []),
		...(meta.subject ? ([[t(lang, 'region'), meta.subject]] as [string, string][]) : []),
		...(meta.years ? ([[t(lang, 'year'), meta.years]] as [string, string][]) : []),
		[t(lang, 'filters'), meta.filters],
		[
			t(lang, 'origin'),
			meta.demo ? demoWarning(lang) : lang === 'en' ? 'real reports' : '真实报告'
		],
		[lang === 'en' ? 'Source' : '来源', sourceLine(lang)],
		[lang === 'en' ? 'Link' : '链接', meta.link]
	];
	const shown = new Set(columns.map((c) => c.key));
	const extra = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => !shown.has(k));
	const cols = [...columns, ...extra.map((k) => ({ key: k, label: KNOWN_KEYS[k]?.[lang] ?? k }))];
	const body = Papa.unparse(
		{
			fields: cols.map((c) => c.label),
			data: rows.map((r) => cols.map((c) => (r[c.key] ?? null) as unknown))
		},
		{ newline: '\n' }
	);
	return `${Papa.unparse(metaRows, { newline: '\n' })}\n\n${body}\n`;
}

/** Raw values are as stored: money in 万元, rates as fractions. */
const csvUnit = (unit: string, lang: Lang) =>
	unit === '%'
		? lang === 'en'
			? 'fraction (0–1)'
			: '比例（0–1）'
		: unit === '万元'
			? lang === 'en'
				? '10,000 CNY'
				: '万元'
			: unitLabel(unit, lang) || unit;
