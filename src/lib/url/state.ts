import { REGION_LEVELS, SCOPES, type RegionLevel, type Scope } from '$lib/report';
import { DEFAULT_METRIC, isMetricId } from '$lib/metrics/metrics';
import { isBodyLevel, type BodyLevel } from '$lib/dataset/bodies';

export const URL_VERSION = 1;
export const FIRST_YEAR = 2019;
export const LAST_YEAR = 2025;
export const MAX_REGIONS = 12;

/** Everything that defines a view. Only values that differ from DEFAULT_STATE go into the URL. */
export interface ViewState {
	metric: string;
	regions: string[];
	year: number;
	from: number;
	to: number;
	level: RegionLevel;
	parent: string | null;
	scope: Scope;
	/** Who published the reports: governments, their departments, or townships (scale dataset). */
	body: BodyLevel;
	realOnly: boolean;
	/** Only the reports imported in this browser. */
	mineOnly: boolean;
	/** A dataset in the project's format loaded from this URL (`?src=`), kept in every link. */
	src: string | null;
	/** Show the `src` dataset beside the bundled one instead of in its place. */
	srcAdd: boolean;
	consistentOnly: boolean;
	/** Requests view: stacked bars over years or across regions. */
	by: 'year' | 'region';
	/** Smallest denominator a rate is ranked on (the sample-size guard). */
	minN: number;
	/** Correction list: copied-text share (percent) at and above which a section is listed. */
	copyThreshold: number;
	lang: 'zh' | 'en';
}

export const DEFAULT_STATE: ViewState = {
	metric: DEFAULT_METRIC,
	regions: ['110000', '310000', '330000', '440000', '540000'],
	year: LAST_YEAR,
	from: FIRST_YEAR,
	to: LAST_YEAR,
	level: 'province',
	parent: null,
	scope: 'government_itself',
	body: 'government',
	realOnly: false,
	mineOnly: false,
	src: null,
	srcAdd: false,
	consistentOnly: false,
	by: 'year',
	minN: 20,
	copyThreshold: 50,
	lang: 'zh'
};

export interface ParsedState {
	state: ViewState;
	/** One message per parameter that was present but invalid and fell back to its default. */
	notices: string[];
	/** The state keys whose parameters were invalid. */
	invalid: (keyof ViewState)[];
}

const REGION_CODE = /^\d{6}$/;
const parseYear = (s: string) =>
	/^\d{4}$/.test(s) && +s >= FIRST_YEAR && +s <= LAST_YEAR ? +s : null;

interface Param<K extends keyof ViewState> {
	key: K;
	name: string;
	parse: (raw: string) => ViewState[K] | null;
	write: (value: ViewState[K]) => string;
}

const param = <K extends keyof ViewState>(p: Param<K>) => p;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** URL parameters in the stable order they are written. */
const PARAMS = [
	param({ key: 'metric', name: 'm', parse: (s) => (isMetricId(s) ? s : null), write: String }),
	param({
		key: 'regions',
		name: 'r',
		parse: (s) => {
			const codes = [...new Set(s.split(',').filter(Boolean))];
			return codes.length <= MAX_REGIONS && codes.every((c) => REGION_CODE.test(c)) ? codes : null;
		},
		write: (v) => v.join(',')
	}),
	param({ key: 'year', name: 'y', parse: parseYear, write: String }),
	param({ key: 'from', name: 'from', parse: parseYear, write: String }),
	param({ key: 'to', name: 'to', parse: parseYear, write: String }),
	param({
		key: 'level',
		name: 'lvl',
		parse: (s) => ((REGION_LEVELS as readonly string[]).includes(s) ? (s as RegionLevel) : null),
		write: String
	}),
	param({
		key: 'parent',
		name: 'p',
		parse: (s) => (REGION_CODE.test(s) ? s : null),
		write: (v) => v ?? ''
	}),
	param({
		key: 'scope',
		name: 'scope',
		parse: (s) => ((SCOPES as readonly string[]).includes(s) ? (s as Scope) : null),
		write: String
	}),
	param({ key: 'body', name: 'body', parse: (s) => (isBodyLevel(s) ? s : null), write: String }),
	param({
		key: 'realOnly',
		name: 'real',
		parse: (s) => (s === '1' ? true : s === '0' ? false : null),
		write: (v) => (v ? '1' : '0')
	}),
	param({
		key: 'mineOnly',
		name: 'mine',
		parse: (s) => (s === '1' ? true : s === '0' ? false : null),
		write: (v) => (v ? '1' : '0')
	}),
	param({
		key: 'src',
		name: 'src',
		parse: (s) => (/^https?:\/\/\S+$/i.test(s) ? s : null),
		write: (v) => v ?? ''
	}),
	param({
		key: 'srcAdd',
		name: 'srcmode',
		parse: (s) => (s === 'add' ? true : s === 'replace' ? false : null),
		write: (v) => (v ? 'add' : 'replace')
	}),
	param({
		key: 'consistentOnly',
		name: 'ok',
		parse: (s) => (s === '1' ? true : s === '0' ? false : null),
		write: (v) => (v ? '1' : '0')
	}),
	param({
		key: 'by',
		name: 'by',
		parse: (s) => (s === 'year' || s === 'region' ? s : null),
		write: String
	}),
	param({
		key: 'minN',
		name: 'n',
		parse: (s) => (/^\d{1,5}$/.test(s) ? Number(s) : null),
		write: String
	}),
	param({
		key: 'copyThreshold',
		name: 'ct',
		parse: (s) => (/^\d{1,3}$/.test(s) && +s >= 1 && +s <= 100 ? Number(s) : null),
		write: String
	}),
	param({
		key: 'lang',
		name: 'lang',
		parse: (s) => (s === 'en' || s === 'zh' ? s : null),
		write: String
	})
];

/** Parameters about how a view is shown, not what it shows (an embed of one chart): not state. */
export const DISPLAY_PARAMS = ['embed', 'chart'] as const;

const NAMES = new Set<string>(['v', ...DISPLAY_PARAMS, ...PARAMS.map((p) => p.name)]);

/** Total: unknown keys are ignored, invalid values fall back to the default with a notice. */
export function parseState(params: URLSearchParams): ParsedState {
	const state: ViewState = { ...DEFAULT_STATE, regions: [...DEFAULT_STATE.regions] };
	// Notices are written once the language is known: one language per notice.
	const found: { zh: string; en: string }[] = [];
	const invalid: (keyof ViewState)[] = [];
	const version = params.get('v');
	if (version !== null && version !== String(URL_VERSION))
		found.push({
			zh: `链接版本 v=${version} 无法识别，已按当前版本读取`,
			en: `Unknown link version v=${version}: read as the current version`
		});
	for (const p of PARAMS) {
		if (!params.has(p.name)) continue;
		const raw = params.get(p.name) ?? '';
		const value = p.parse(raw.trim());
		if (value !== null) {
			(state as unknown as Record<string, unknown>)[p.key] = value;
			continue;
		}
		invalid.push(p.key);
		const shown = `${p.name}=${raw.slice(0, 40)}`;
		found.push({
			zh: `参数 ${shown} 无效，已使用默认值`,
			en: `Invalid parameter ${shown}: the default is used`
		});
	}
	if (state.from > state.to) {
		found.push({
			zh: `年份范围 ${state.from}–${state.to} 无效，已使用全部年份`,
			en: `Invalid year range ${state.from}–${state.to}: all years are used`
		});
		state.from = DEFAULT_STATE.from;
		state.to = DEFAULT_STATE.to;
	}
	for (const key of params.keys())
		if (!NAMES.has(key))
			found.push({
				zh: `未知参数 ${key.slice(0, 40)} 已忽略`,
				en: `Unknown parameter ${key.slice(0, 40)} ignored`
			});
	const notices = found.map((n) => n[state.lang]);
	return { state, notices: [...new Set(notices)], invalid };
}

/** Only non-default values, in a stable order. */
export function toSearchParams(state: ViewState): URLSearchParams {
	const out = new URLSearchParams();
	for (const p of PARAMS) {
		const value = state[p.key];
		if (!same(value, DEFAULT_STATE[p.key]))
			out.set(p.name, (p.write as (v: unknown) => string)(value));
	}
	return out;
}

/** `?…` for a link to the given state (empty string for the default view). */
export function toHref(state: ViewState, path = ''): string {
	const qs = toSearchParams(state).toString();
	return `${path}${qs ? `?${qs}` : ''}`;
}
