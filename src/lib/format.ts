import type { Lang } from '$lib/i18n';

export type { Lang };

/** Chinese readers expect 万/亿; English readers grouped digits. */
export function formatNumber(
	value: number | null | undefined,
	lang: Lang = 'zh',
	digits = 0
): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return '—';
	if (lang === 'en') return value.toLocaleString('en-US', { maximumFractionDigits: digits });
	const abs = Math.abs(value);
	if (abs >= 1e8) return `${trim(value / 1e8)}亿`;
	if (abs >= 1e4) return `${trim(value / 1e4)}万`;
	return value.toLocaleString('zh-CN', { maximumFractionDigits: digits, useGrouping: false });
}

const trim = (n: number) => String(Math.round(n * 100) / 100);

export function formatPercent(value: number | null | undefined, digits = 1): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return '—';
	return `${(value * 100).toFixed(digits)}%`;
}

export function formatValue(
	value: number | null | undefined,
	unit: string,
	lang: Lang = 'zh'
): string {
	if (unit === '%') return formatPercent(value);
	const digits = unit === '万元' ? 2 : 0;
	return formatNumber(value, lang, digits);
}
