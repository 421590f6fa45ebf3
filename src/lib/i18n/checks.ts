import type { Lang } from './index';

/** Messages of the supervisor's checks (correction list, timeliness). */
const MESSAGES = {
	correctionsTitle: {
		zh: '{region} {year} 年度报告整改清单',
		en: 'Corrections list: {region}, {year}'
	},
	pickRegion: {
		zh: '请选择一个地区（县、市或省），列出其本级及下辖各报告主体的全部问题。',
		en: 'Choose a region (county, city or province) to list every finding of its bodies.'
	},
	kindReport: { zh: '报告有误', en: 'Report wrong' },
	kindExtraction: { zh: '提取存疑', en: 'Extraction uncertain' },
	kindMissing: { zh: '未公开', en: 'Not published' },
	body: { zh: '报告主体', en: 'Body' },
	rule: { zh: '规则', en: 'Rule' },
	location: { zh: '位置', en: 'Location' },
	numbers: { zh: '数字', en: 'Numbers' },
	difference: { zh: '差额', en: 'Difference' },
	judgement: { zh: '判断', en: 'Judgement' },
	message: { zh: '说明', en: 'Details' },
	findings: { zh: '问题', en: 'findings' },
	byRule: { zh: '按规则统计', en: 'By rule' },
	byBody: { zh: '按报告主体统计', en: 'By body' },
	print: { zh: '打印 / 存为 PDF', en: 'Print / save as PDF' },
	downloadCsv: { zh: '下载 CSV', en: 'Download CSV' },
	downloadXlsx: { zh: '下载 Excel（XLSX）', en: 'Download Excel (XLSX)' },
	copyThreshold: { zh: '雷同阈值', en: 'Copy threshold' },
	noFindings: { zh: '没有发现问题。', en: 'No findings.' },
	profile: { zh: '查看报告', en: 'Profile' },
	demoRow: { zh: '演示数据', en: 'demo data' },
	compareTexts: { zh: '对照', en: 'Compare' }
} as const;

export type CheckMessage = keyof typeof MESSAGES;

export function tc(
	lang: Lang,
	key: CheckMessage,
	vars: Record<string, string | number> = {}
): string {
	return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
