import type { PathBox } from './ruling-lines';

/** The pdf.js operator numbers this reader needs (`pdfjs.OPS`). */
export interface PathOps {
	save: number;
	restore: number;
	transform: number;
	endPath: number;
	constructPath: number;
	paintFormXObjectBegin: number;
	paintFormXObjectEnd: number;
}

type Matrix = [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `m` applied after `n` (PDF's `cm`: the new matrix is n × current). */
const times = (n: readonly number[], m: Matrix): Matrix => [
	n[0]! * m[0] + n[1]! * m[2],
	n[0]! * m[1] + n[1]! * m[3],
	n[2]! * m[0] + n[3]! * m[2],
	n[2]! * m[1] + n[3]! * m[3],
	n[4]! * m[0] + n[5]! * m[2] + m[4],
	n[4]! * m[1] + n[5]! * m[3] + m[5]
];

/** pdf.js's path commands (DrawOPS) and how many coordinates each takes. */
const COORDS = [2, 2, 6, 4, 0];

/** Segments in a pdf.js path buffer: one per command (moveTo, lineTo, curveTo …, closePath). */
function countSegments(path: ArrayLike<number>): number {
	let n = 0;
	for (let i = 0; i < path.length; n++) i += 1 + (COORDS[path[i]!] ?? path.length);
	return n;
}

/**
 * The painted paths of a page from pdf.js's operator list, as PDFium's path objects give them:
 * each path's bounds on the page (the current transformation applied, y upwards) and its segment
 * count. Clipping paths (ended with `n`) are not painted and are left out.
 */
export function pathBoxes(
	fnArray: readonly number[],
	argsArray: readonly unknown[],
	ops: PathOps
): PathBox[] {
	const boxes: PathBox[] = [];
	const stack: Matrix[] = [];
	let ctm: Matrix = IDENTITY;
	for (let i = 0; i < fnArray.length; i++) {
		const fn = fnArray[i];
		const args = argsArray[i] as unknown[] | null;
		if (fn === ops.save) stack.push(ctm);
		else if (fn === ops.restore) ctm = stack.pop() ?? IDENTITY;
		else if (fn === ops.transform && args?.length === 6) ctm = times(args as number[], ctm);
		else if (fn === ops.paintFormXObjectBegin) {
			stack.push(ctm);
			const matrix = args?.[0];
			if (Array.isArray(matrix) && matrix.length === 6) ctm = times(matrix as number[], ctm);
		} else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
		else if (fn === ops.constructPath && args && args[0] !== ops.endPath) {
			const path = (args[1] as ArrayLike<number>[] | undefined)?.[0];
			const minMax = args[2] as ArrayLike<number> | null;
			if (!path || !minMax) continue;
			const [x0, y0, x1, y1] = [minMax[0]!, minMax[1]!, minMax[2]!, minMax[3]!];
			const xs: number[] = [];
			const ys: number[] = [];
			for (const [x, y] of [
				[x0, y0],
				[x1, y0],
				[x0, y1],
				[x1, y1]
			] as const) {
				xs.push(ctm[0] * x + ctm[2] * y + ctm[4]);
				ys.push(ctm[1] * x + ctm[3] * y + ctm[5]);
			}
			boxes.push({
				x0: Math.min(...xs),
				y0: Math.min(...ys),
				x1: Math.max(...xs),
				y1: Math.max(...ys),
				segments: countSegments(path)
			});
		}
	}
	return boxes;
}
