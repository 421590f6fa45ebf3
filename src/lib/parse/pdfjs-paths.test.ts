import { describe, expect, it } from 'vitest';
import { pathBoxes, type PathOps } from './pdfjs-paths';

const OPS: PathOps = {
	save: 10,
	restore: 11,
	transform: 12,
	endPath: 28,
	constructPath: 91,
	paintFormXObjectBegin: 74,
	paintFormXObjectEnd: 75
};
const FILL = 22;
/** A rectangle as pdf.js records it: moveTo, three lineTo, closePath (DrawOPS 0, 1, 4). */
const rect = (x: number, y: number, w: number, h: number) => [
	FILL,
	[new Float32Array([0, x, y, 1, x + w, y, 1, x + w, y + h, 1, x, y + h, 4])],
	[x, y, x + w, y + h]
];

describe('painted paths from pdf.js operators', () => {
	it('places each path on the page through the transformations in force, as PDFium does', () => {
		// Chromium's print: a flipped page matrix, then a scale, then a 1-unit-high border.
		const fn = [
			OPS.transform,
			OPS.save,
			OPS.transform,
			OPS.constructPath,
			OPS.restore,
			OPS.constructPath
		];
		const args = [
			[0.24, 0, 0, -0.24, 0, 842.88],
			null,
			[3.125, 0, 0, 3.125, 140.625, 175],
			rect(40, 371, 173, 1),
			null,
			rect(0, 0, 100, 10)
		];
		const [border, plain] = pathBoxes(fn, args, OPS);
		expect(border!.x0).toBeCloseTo(0.24 * (140.625 + 3.125 * 40), 3);
		expect(border!.x1).toBeCloseTo(0.24 * (140.625 + 3.125 * 213), 3);
		expect(border!.y1).toBeCloseTo(842.88 - 0.24 * (175 + 3.125 * 371), 3);
		expect(border!.y1 - border!.y0).toBeCloseTo(0.24 * 3.125, 3);
		expect(border!.segments).toBe(5);
		// After the restore only the page matrix applies.
		expect(plain).toMatchObject({ x0: 0, x1: 24, segments: 5 });
		expect(plain!.y1).toBeCloseTo(842.88, 3);
	});

	it('leaves out clipping paths (ended without painting) and empty paths', () => {
		const clip = [OPS.endPath, [new Float32Array([0, 0, 0, 1, 10, 10])], [0, 0, 10, 10]];
		const empty = [FILL, [null], null];
		expect(pathBoxes([OPS.constructPath, OPS.constructPath], [clip, empty], OPS)).toEqual([]);
	});

	it('applies a form XObject’s matrix inside the form only', () => {
		const fn = [
			OPS.paintFormXObjectBegin,
			OPS.constructPath,
			OPS.paintFormXObjectEnd,
			OPS.constructPath
		];
		const args = [
			[
				[2, 0, 0, 2, 10, 0],
				[0, 0, 100, 100]
			],
			rect(0, 0, 5, 1),
			null,
			rect(0, 0, 5, 1)
		];
		const [inside, outside] = pathBoxes(fn, args, OPS);
		expect(inside).toMatchObject({ x0: 10, x1: 20, y0: 0, y1: 2 });
		expect(outside).toMatchObject({ x0: 0, x1: 5, y0: 0, y1: 1 });
	});
});
