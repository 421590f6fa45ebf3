export function median(values: readonly number[]): number | null {
	if (!values.length) return null;
	const s = [...values].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Median absolute deviation, scaled to estimate σ for normal data. */
export function mad(values: readonly number[]): number | null {
	const m = median(values);
	if (m === null) return null;
	const dev = median(values.map((v) => Math.abs(v - m)));
	return dev === null ? null : dev * 1.4826;
}

/**
 * Robust z-scores (value − median) / MAD within a peer group; |z| > OUTLIER_Z flags an outlier.
 * With MAD 0 (most peers identical) no value is flagged: there is no spread to be far from.
 */
export function robustOutliers(values: readonly number[]): {
	median: number | null;
	mad: number | null;
	z: (number | null)[];
} {
	const m = median(values);
	const s = mad(values);
	return {
		median: m,
		mad: s,
		z: values.map((v) => (m === null || !s ? null : (v - m) / s))
	};
}

export const OUTLIER_Z = 3.5;
