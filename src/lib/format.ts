import type { Lang } from '$lib/i18n';

export type { Lang };

/** Chinese readers expect 万/亿; English readers grouped digits, then million/billion. */
export function formatNumber(
	value: number | null | undefined,
	lang: Lang = 'zh',
	digits = 0
): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return '—';
	const abs = Math.abs(value);
	if (lang === 'en') {
		if (abs >= 1e9) return `${trim(value / 1e9)} billion`;
		if (abs >= 1e6) return `${trim(value / 1e6)} million`;
		return numberFormat('en', digits).format(value);
	}
	if (abs >= 1e8) return `${trim(value / 1e8)}亿`;
	if (abs >= 1e4) return `${trim(value / 1e4)}万`;
	return numberFormat('zh', digits).format(value);
}

// toLocaleString with options builds a new Intl.NumberFormat on every call: a view formats
// hundreds of numbers on each filter change, so one formatter per language and precision is kept.
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, digits: number): Intl.NumberFormat {
	const key = `${lang}${digits}`;
	let f = formats.get(key);
	if (!f) {
		f =
			lang === 'en'
				? new Intl.NumberFormat('en-US', { maximumFractionDigits: digits })
				: new Intl.NumberFormat('zh-CN', { maximumFractionDigits: digits, useGrouping: false });
		formats.set(key, f);
	}
	return f;
}

const trim = (n: number) => String(Math.round(n * 100) / 100);

export function formatPercent(value: number | null | undefined, digits = 1): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return '—';
	return `${(value * 100).toFixed(digits)}%`;
}

/**
 * Money is stored in 万元 as printed; it is shown in 元 scaled by 万/亿 (zh) or million/billion
 * (en), so that 23100 万元 reads 2.31亿元, never "2.31万 万元".
 */
const SCALE: Record<string, number> = { 万元: 1e4 };

/** Every unit of the schema with its English form (the unit a formatted value is read in). */
const UNITS: Record<string, { zh: string; en: string }> = {
	'%': { zh: '', en: '' },
	万元: { zh: '元', en: 'CNY' },
	元: { zh: '元', en: 'CNY' },
	件: { zh: '件', en: 'cases' },
	项: { zh: '项', en: 'items' },
	个: { zh: '个', en: 'units' },
	份: { zh: '份', en: 'reports' }
};

/** The unit a value from `formatValue` is read in, in the reader's language ('' for rates). */
export function unitLabel(unit: string, lang: Lang = 'zh'): string {
	return UNITS[unit]?.[lang] ?? (lang === 'en' ? '' : unit);
}

/** The number alone (axis ticks, table cells): rates as percentages, money scaled to 元. */
export function formatValue(
	value: number | null | undefined,
	unit: string,
	lang: Lang = 'zh'
): string {
	if (unit === '%') return formatPercent(value);
	const scale = SCALE[unit];
	if (scale)
		return formatNumber(value === null || value === undefined ? value : value * scale, lang, 0);
	return formatNumber(value, lang, 0);
}

/** The number with its unit, in one language: `2.31亿元`, `14,980 cases`, `30.6%`. */
export function formatQuantity(
	value: number | null | undefined,
	unit: string,
	lang: Lang = 'zh'
): string {
	const v = formatValue(value, unit, lang);
	const u = unitLabel(unit, lang);
	if (v === '—' || !u) return v;
	return lang === 'en' ? `${v} ${u}` : `${v}${u}`;
}

/** An axis or column name with its unit: `收费金额（元）`, `Fees (CNY)`. */
export function withUnit(label: string, unit: string, lang: Lang = 'zh'): string {
	const u = unitLabel(unit, lang);
	if (!u) return label;
	return lang === 'en' ? `${label} (${u})` : `${label}（${u}）`;
}
