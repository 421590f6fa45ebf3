/**
 * The benches' statistics (scripts/bench.ts, bench-scale.ts, bench-scale-node.ts).
 * A measure that never happened is Infinity (a link that never drew counts as the slowest, so it can
 * only push a median up); NaN means "not measured" (no such control on the page) and is left out.
 */
export function quantile(xs: readonly number[], q: number): number {
	const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
	return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN;
}

export const median = (xs: readonly number[]) => quantile(xs, 0.5);

export const ms = (x: number) =>
	Number.isFinite(x) ? `${Math.round(x)} ms` : Number.isNaN(x) ? '—' : 'never';

export const progress = (text: string) => process.stderr.write(`  … ${text}\n`);
