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
	return plainDecimal(value, digits);
}

// toLocaleString with options builds a new Intl.NumberFormat on every call: a view formats
// hundreds of numbers on each filter change, so one formatter per language and precision is kept.
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: 'en', digits: number): Intl.NumberFormat {
	const key = `${lang}${digits}`;
	let f = formats.get(key);
	if (!f) {
		f = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
		formats.set(key, f);
	}
	return f;
}

/**
 * What `Intl.NumberFormat('zh-CN', { maximumFractionDigits: digits, useGrouping: false })` writes
 * for |value| < 1e4, without it: a page's first Intl formatter loads the locale's data (30–140 ms
 * of main thread before a Chinese link's first chart). Like Intl, it rounds the shortest decimal
 * form of the number half away from zero (1.005 → 1.01, where toFixed gives 1.00) and keeps the
 * sign of a negative value that rounds to 0.
 */
export function plainDecimal(value: number, digits: number): string {
	const sign = value < 0 || Object.is(value, -0) ? '-' : '';
	const shortest = plain(String(Math.abs(value)));
	const [whole, fraction = ''] = shortest.split('.') as [string, string?];
	if (fraction.length <= digits) return sign + shortest;
	const up = fraction.charCodeAt(digits) >= 53; // '5'
	const scaled = (BigInt(whole + fraction.slice(0, digits)) + (up ? 1n : 0n))
		.toString()
		.padStart(digits + 1, '0');
	const int = scaled.slice(0, scaled.length - digits);
	const frac = scaled.slice(scaled.length - digits).replace(/0+$/, '');
	return sign + (frac ? `${int}.${frac}` : int);
}

/** A shortest form below 1e-6 (1.5e-7) written out (0.00000015). */
function plain(shortest: string): string {
	const [mantissa, exponent] = shortest.split('e') as [string, string?];
	if (exponent === undefined) return shortest;
	const point = (mantissa.indexOf('.') + 1 || mantissa.length + 1) - 1 + Number(exponent);
	return `0.${'0'.repeat(-point)}${mantissa.replace('.', '')}`;
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
	return formatNumber(
		value === null || value === undefined ? value : inShownUnit(value, unit),
		lang,
		0
	);
}

/** A stored value in the unit it is read in: rates in percent, money in 元. */
export const inShownUnit = (value: number, unit: string): number =>
	value * (unit === '%' ? 100 : (SCALE[unit] ?? 1));

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
