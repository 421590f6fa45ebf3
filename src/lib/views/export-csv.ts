import Papa from 'papaparse';
import { inShownUnit, unitLabel } from '$lib/format';
import { t, type Lang } from '$lib/i18n';
import {
	chinaDay,
	demoWarning,
	sourceLine,
	versionText,
	type CardMeta,
	type Provenance
} from './export';

// Apart from export.ts so CSV writing (papaparse) loads on the first download, not with the page.

const KNOWN_KEYS: Record<string, { zh: string; en: string }> = {
	region_code: { zh: '地区代码', en: 'Region code' },
	province_code: { zh: '省级代码', en: 'Province code' },
	code: { zh: '代码', en: 'Code' },
	value: { zh: '数值', en: 'Value' },
	blank: { zh: '空白报告数', en: 'Blank reports' },
	rule_id: { zh: '规则编号', en: 'Rule id' },
	name: { zh: '名称', en: 'Name' },
	status: { zh: '状态', en: 'Status' },
	shown: { zh: '数值', en: 'Value' }
};

/**
 * CSV that says what it holds: metadata lines (metric, unit, region, years, filters, origin,
 * source, data version, export date, link), a blank line, then one header row in one language and
 * the numbers. Columns not shown in the table (codes) follow with their own labels. The metric's
 * value, whether the table shows it formatted (`shown`: `62.1%`, `7,730`) or raw (`value`), is
 * written as a plain number in the unit the metadata names, so a spreadsheet can compute with it.
 */
export function csvText(
	rows: readonly Record<string, unknown>[],
	columns: readonly { key: string; label: string }[],
	meta: CardMeta & { title: string; filters: string; link: string; provenance: Provenance },
	lang: Lang
): string {
	const unit = meta.metric?.unit;
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
		[lang === 'en' ? 'Data version' : '数据版本', versionText(meta.provenance, lang)],
		[lang === 'en' ? 'Exported' : '导出日期', chinaDay(meta.provenance.now)],
		[lang === 'en' ? 'Link' : '链接', meta.link]
	];
	const shown = new Set(columns.map((c) => c.key));
	// With the formatted value written as a number, the raw one would repeat it in another unit.
	if (unit !== undefined && shown.has('shown')) shown.add('value');
	const extra = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => !shown.has(k));
	const isValue = (key: string) => unit !== undefined && (key === 'shown' || key === 'value');
	// Headers name 元 and 件 (`withUnit`) but not %, which the formatted cells carried themselves.
	const percent = unit === '%' ? (lang === 'en' ? ' (%)' : '（%）') : '';
	const cols = [
		...columns,
		...extra.map((k) => ({ key: k, label: KNOWN_KEYS[k]?.[lang] ?? k }))
	].map((c) => (isValue(c.key) ? { ...c, label: c.label + percent } : c));
	const cell = (r: Record<string, unknown>, key: string): unknown =>
		isValue(key) ? csvNumber(r.value, unit!) : (r[key] ?? null);
	const body = Papa.unparse(
		{
			fields: cols.map((c) => c.label),
			data: rows.map((r) => cols.map((c) => cell(r, c.key)))
		},
		{ newline: '\n' }
	);
	return `${Papa.unparse(metaRows, { newline: '\n' })}\n\n${body}\n`;
}

/** The unit the table's headers name (`withUnit`): rates in percent, money in 元. */
const csvUnit = (unit: string, lang: Lang) =>
	unit === '%' ? (lang === 'en' ? 'percent (%)' : '百分比（%）') : unitLabel(unit, lang) || unit;

/** A stored value in the unit of `csvUnit`; blank stays blank, never 0. */
export function csvNumber(value: unknown, unit: string): number | null {
	if (typeof value !== 'number' || !Number.isFinite(value)) return null;
	// Rounded to 4 decimals so that scaling does not print binary noise (0.621 × 100 = 62.1000…01).
	return Math.round(inShownUnit(value, unit) * 1e4) / 1e4;
}
