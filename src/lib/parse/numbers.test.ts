import { describe, expect, it } from 'vitest';
import { parseCell } from './numbers';

describe('parseCell', () => {
	const cases: [string, ReturnType<typeof parseCell>][] = [
		['0', { state: 'number', value: 0, raw: '0' }],
		['11221', { state: 'number', value: 11221, raw: '11221' }],
		['１２３', { state: 'number', value: 123, raw: '１２３' }],
		['1,234', { state: 'number', value: 1234, raw: '1,234' }],
		['1，234', { state: 'number', value: 1234, raw: '1，234' }],
		['7730.28', { state: 'number', value: 7730.28, raw: '7730.28' }],
		['-4', { state: 'number', value: -4, raw: '-4' }],
		['+1', { state: 'number', value: 1, raw: '+1' }],
		['－2', { state: 'number', value: -2, raw: '－2' }],
		[
			'22（其中修订16件）',
			{ state: 'number', value: 22, raw: '22（其中修订16件）', note: '其中修订16件' }
		],
		['1457万元', { state: 'number', value: 1457, raw: '1457万元', unit: '万元' }],
		['3 件', { state: 'number', value: 3, raw: '3 件', unit: '件' }],
		['', { state: 'blank', value: null, raw: '' }],
		['  ', { state: 'blank', value: null, raw: '  ' }],
		['/', { state: 'na', value: null, raw: '/' }],
		['—', { state: 'na', value: null, raw: '—' }],
		['——', { state: 'na', value: null, raw: '——' }],
		['-', { state: 'na', value: null, raw: '-' }],
		['无', { state: 'na', value: null, raw: '无' }],
		['不适用', { state: 'na', value: null, raw: '不适用' }],
		['1.属于国家秘密', null],
		['1.', null],
		['总计', null],
		['2023年', null],
		['12a', null]
	];
	for (const [raw, expected] of cases)
		it(JSON.stringify(raw), () => expect(parseCell(raw)).toEqual(expected));
});
