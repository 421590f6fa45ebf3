import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseState, toHref, toSearchParams, type ViewState } from './state';

const parse = (qs: string) => parseState(new URLSearchParams(qs));

describe('URL state', () => {
	it('writes nothing for the default view', () => {
		expect(toSearchParams(DEFAULT_STATE).toString()).toBe('');
		expect(toHref(DEFAULT_STATE, '/')).toBe('/');
	});

	it('round-trips every non-default value, in a stable order', () => {
		const state: ViewState = {
			metric: 'disclosure_rate',
			regions: ['540426', '320813'],
			year: 2023,
			from: 2020,
			to: 2024,
			level: 'county',
			parent: '320800',
			scope: 'organ',
			body: 'township',
			realOnly: true,
			mineOnly: true,
			src: 'https://example.gov.cn/ogi/reports.parquet',
			srcAdd: true,
			consistentOnly: true,
			by: 'region',
			minN: 0,
			copyThreshold: 70,
			lang: 'en'
		};
		const qs = toSearchParams(state).toString();
		expect(qs).toBe(
			'm=disclosure_rate&r=540426%2C320813&y=2023&from=2020&to=2024&lvl=county&p=320800&scope=organ&body=township&real=1&mine=1&src=https%3A%2F%2Fexample.gov.cn%2Fogi%2Freports.parquet&srcmode=add&ok=1&by=region&n=0&ct=70&lang=en'
		);
		expect(parse(qs)).toEqual({ state, notices: [], invalid: [] });
	});

	it('keeps falsy-looking values distinct from absent ones', () => {
		const state = { ...DEFAULT_STATE, regions: [] };
		const qs = toSearchParams(state).toString();
		expect(qs).toBe('r=');
		expect(parse(qs).state.regions).toEqual([]);
	});

	it('accepts any canonical field id as a metric', () => {
		expect(parse('m=t4_review_corrected').state.metric).toBe('t4_review_corrected');
	});

	it('falls back to defaults with a notice for junk, never throws', () => {
		const { state, notices } = parse(
			'm=DROP%20TABLE&r=abc,1&y=1999&lvl=galaxy&real=maybe&from=2024&to=2020&zzz=1&v=99'
		);
		expect(state.metric).toBe(DEFAULT_STATE.metric);
		expect(state.regions).toEqual(DEFAULT_STATE.regions);
		expect(state.year).toBe(DEFAULT_STATE.year);
		expect(state.level).toBe(DEFAULT_STATE.level);
		expect(state.realOnly).toBe(false);
		expect([state.from, state.to]).toEqual([DEFAULT_STATE.from, DEFAULT_STATE.to]);
		expect(notices.join('\n')).toMatch(/m=DROP TABLE/);
		expect(notices.join('\n')).toMatch(/zzz/);
		expect(notices.join('\n')).toMatch(/v=99/);
		expect(notices).toHaveLength(8);
		expect(parse('r=abc&lvl=x').invalid).toEqual(['regions', 'level']);
	});

	it('deduplicates and bounds region lists', () => {
		expect(parse('r=540426,540426').state.regions).toEqual(['540426']);
		const many = Array.from({ length: 13 }, (_, i) => String(110000 + i)).join(',');
		expect(parse(`r=${many}`).notices).toHaveLength(1);
	});

	it('ignores the current version parameter', () => {
		expect(parse('v=1').notices).toEqual([]);
	});
});

describe('notices are in one language', () => {
	it('a Chinese page gets Chinese notices, an English page English ones (regression: mixed notes)', () => {
		const zh = parseState(new URLSearchParams('lvl=galaxy')).notices;
		expect(zh).toEqual(['参数 lvl=galaxy 无效，已使用默认值']);
		const en = parseState(new URLSearchParams('lvl=galaxy&lang=en&zzz=1')).notices;
		expect(en).toEqual([
			'Invalid parameter lvl=galaxy: the default is used',
			'Unknown parameter zzz ignored'
		]);
		expect(parseState(new URLSearchParams('embed=1&chart=rank')).notices).toEqual([]);
	});
});
