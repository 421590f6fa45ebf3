/** A page's painted paths as ruling lines (table borders): where the cells of a table are. */

/** A horizontal ruling line of a page (a table border), in the words' vertical coordinates. */
export interface Rule {
	x0: number;
	x1: number;
	y: number;
}

/** A path object's bounds (y upwards) and how many segments it has. */
export interface PathBox {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
	segments: number;
}

/**
 * A page's horizontal rules from its paths: thin ones (Chromium draws each border segment as a
 * line) and the top and bottom edges of wide rectangles (Word fills a row's cells as one);
 * vertical ones are skipped. A larger path of more than one rectangle's segments (a whole grid
 * drawn as one path, a vector seal) hides where its inner lines run: then the page has no rules
 * we can trust, and none are returned.
 */
export function horizontalRules(paths: readonly PathBox[]): Rule[] {
	const rules: Rule[] = [];
	for (const { x0, y0, x1, y1, segments } of paths) {
		const [w, h] = [x1 - x0, y1 - y0];
		if (segments > 5 && w > 20 && h > 20) return [];
		if (w < 4 || w < h * 4) continue;
		if (h <= 3) rules.push({ x0, x1, y: (y0 + y1) / 2 });
		else rules.push({ x0, x1, y: y1 }, { x0, x1, y: y0 });
	}
	return rules;
}

/** A vertical ruling line: its x and the heights it spans, in the words' coordinates. */
export interface VerticalRule {
	x: number;
	/** Top and bottom (y downwards through the document, as the words'). */
	top: number;
	bottom: number;
}

/**
 * A page's vertical rules (in page coordinates, y upwards): thin upright paths, as browsers draw
 * each border segment and word processors their cell borders. Filled rectangles are cell shading,
 * not borders; a page whose one path draws many lines at once gives none (as for horizontal rules).
 */
export function verticalRules(paths: readonly PathBox[]): { x: number; y0: number; y1: number }[] {
	const rules: { x: number; y0: number; y1: number }[] = [];
	for (const { x0, y0, x1, y1, segments } of paths) {
		const [w, h] = [x1 - x0, y1 - y0];
		if (segments > 5 && w > 20 && h > 20) return [];
		if (w <= 3 && h >= 4 && h >= w * 4) rules.push({ x: (x0 + x1) / 2, y0, y1 });
	}
	return rules;
}
