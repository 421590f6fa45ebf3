import { describe, expect, it } from 'vitest';
import { inLang } from './import';

describe('inLang', () => {
	const both = { message: '文件为空', message_en: 'The file is empty.' };
	it('shows one language: Chinese in zh, English in en where there is one', () => {
		expect(inLang('zh', both)).toBe('文件为空');
		expect(inLang('en', both)).toBe('The file is empty.');
		expect(inLang('en', { message: '规则' })).toBe('规则');
	});
});
