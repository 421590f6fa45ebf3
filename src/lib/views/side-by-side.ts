import { overlap, type Span } from '$lib/checks/similarity';

export interface Segment {
	text: string;
	repeated: boolean;
}

/** A text cut into runs, those inside `spans` marked repeated. */
export function segments(text: string, spans: readonly Span[]): Segment[] {
	const out: Segment[] = [];
	let at = 0;
	for (const s of spans) {
		if (s.from > at) out.push({ text: text.slice(at, s.from), repeated: false });
		out.push({ text: text.slice(s.from, s.to), repeated: true });
		at = s.to;
	}
	if (at < text.length) out.push({ text: text.slice(at), repeated: false });
	return out;
}

export interface SideBySide {
	left: Segment[];
	right: Segment[];
	/** Share of the left text repeated in the right one (0–1). */
	share: number;
}

/** Both texts with the passages each shares with the other marked. */
export function sideBySide(left: string, right: string): SideBySide {
	const l = overlap(left, right);
	const r = overlap(right, left);
	return { left: segments(left, l.spans), right: segments(right, r.spans), share: l.share };
}
