export type Lang = 'zh' | 'en';

const MESSAGES = {
	title: { zh: '政务公开年报透视', en: 'OGI Annual Report Explorer' },
	tagline: {
		zh: '全国政府信息公开工作年度报告数据：主动公开、依申请公开、复议诉讼',
		en: 'Chinese government information disclosure annual reports, compiled and compared'
	},
	metric: { zh: '指标', en: 'Metric' },
	regions: { zh: '地区', en: 'Regions' },
	selectedRegions: { zh: '已选地区', en: 'Selected regions' },
	remove: { zh: '移除', en: 'Remove' },
	searchRegion: { zh: '搜索地区：名称、拼音或代码', en: 'Search region: name, pinyin or code' },
	regionLimit: { zh: '最多选择 {max} 个地区', en: 'At most {max} regions' },
	loadingEngine: { zh: '正在启动数据引擎…', en: 'Starting the data engine…' },
	noData: {
		zh: '当前筛选条件下没有数据。请添加地区或更换指标。',
		en: 'No data for this selection. Add a region or choose another metric.'
	},
	noRegions: { zh: '请至少选择一个地区。', en: 'Select at least one region.' },
	demoBanner: {
		zh: '注意：本图包含合成的演示数据（非真实报告），仅用于展示功能，不能作为事实引用。',
		en: 'Note: this view includes synthetic demo data (not real reports); do not cite it as fact.'
	},
	blankNote: {
		zh: '{n} 份报告的相关单元格为空白，未计入（空白不等于 0）。',
		en: '{n} reports left the relevant cells blank; they are left out (blank is not 0).'
	},
	definition: { zh: '定义', en: 'Definition' },
	dataTable: { zh: '数据表', en: 'Data table' },
	year: { zh: '年度', en: 'Year' },
	region: { zh: '地区', en: 'Region' },
	value: { zh: '数值', en: 'Value' },
	origin: { zh: '数据类型', en: 'Origin' },
	demo: { zh: '演示', en: 'demo' },
	real: { zh: '真实', en: 'real' },
	unknownRegions: { zh: '未找到这些地区代码：{codes}', en: 'Unknown region codes: {codes}' },
	lineChart: { zh: '{metric}：按年度折线图', en: '{metric} by year, line chart' },
	language: { zh: 'English', en: '中文' }
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof MESSAGES;

export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
	return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
