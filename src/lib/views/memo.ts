/**
 * `fn` that returns its previous result while called with the same arguments (===): a view model
 * recomputed on every filter change hands its charts the same option object when their rows did
 * not change, and a chart given the same object does not draw again.
 */
export function memoLast<A extends readonly unknown[], R>(
	fn: (...args: A) => R
): (...args: A) => R {
	let last: { args: A; result: R } | null = null;
	return (...args: A) => {
		if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i]))
			return last.result;
		const result = fn(...args);
		last = { args, result };
		return result;
	};
}
