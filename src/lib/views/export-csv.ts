import Papa from 'papaparse';
import { unitLabel } from '$lib/format';
import { t, type Lang } from '$lib/i18n';
import { demoWarning, sourceLine, type CardMeta } from './export';

// Apart from export.ts so CSV writing (papaparse) loads on the first download, not with the page.

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
