import { Unzip, UnzipInflate } from 'fflate';

/** A Word document's XML is a few MB at most; a zip expanding beyond this is refused. */
export const MAX_UNZIPPED = 64 * 1024 * 1024;
/** Compressed input is fed in slices this small, so that one slice can never inflate to much. */
const SLICE = 16 * 1024;

/**
 * The size a zip really expands to, counted while inflating it slice by slice and abandoned as
 * soon as it passes `limit` (the sizes a zip declares can lie). Returns null when over the limit.
 */
export function unzippedSize(bytes: Uint8Array, limit = MAX_UNZIPPED): number | null {
	let total = 0;
	let over = false;
	const unzip = new Unzip((file) => {
		file.ondata = (error, chunk) => {
			if (error) throw error;
			total += chunk.length;
			if (total > limit && !over) {
				over = true;
				file.terminate();
			}
		};
		file.start();
	});
	unzip.register(UnzipInflate);
	for (let at = 0; at < bytes.length && !over; at += SLICE)
		unzip.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
	return over ? null : total;
}
