/** Seeded PRNG (mulberry32) plus the distributions the generator needs; deterministic everywhere. */
export class Random {
	private state: number;

	constructor(seed: number) {
		this.state = seed >>> 0;
	}

	static fromKey(...parts: (string | number)[]): Random {
		let h = 2166136261;
		for (const ch of parts.join('|')) {
			h ^= ch.charCodeAt(0);
			h = Math.imul(h, 16777619);
		}
		return new Random(h >>> 0);
	}

	next(): number {
		let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	normal(): number {
		const u = 1 - this.next();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
	}

	logNormal(median: number, sigma: number): number {
		return median * Math.exp(sigma * this.normal());
	}

	poisson(lambda: number): number {
		if (lambda <= 0) return 0;
		if (lambda > 60) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * this.normal()));
		const limit = Math.exp(-lambda);
		let k = 0;
		for (let p = this.next(); p > limit; p *= this.next()) k++;
		return k;
	}

	binomial(n: number, p: number): number {
		if (n <= 0 || p <= 0) return 0;
		if (p >= 1) return n;
		if (n > 60) {
			const x = Math.round(n * p + Math.sqrt(n * p * (1 - p)) * this.normal());
			return Math.min(n, Math.max(0, x));
		}
		let k = 0;
		for (let i = 0; i < n; i++) if (this.next() < p) k++;
		return k;
	}

	/** Splits n into parts with the given (unnormalised) weights. */
	multinomial(n: number, weights: readonly number[]): number[] {
		let rest = n;
		let restWeight = weights.reduce((a, b) => a + b, 0);
		return weights.map((w, i) => {
			if (i === weights.length - 1) return rest;
			const k = restWeight > 0 ? this.binomial(rest, w / restWeight) : 0;
			rest -= k;
			restWeight -= w;
			return k;
		});
	}

	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.next() * items.length)] as T;
	}
}
