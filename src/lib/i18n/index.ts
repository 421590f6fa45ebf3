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
	loadingData: { zh: '正在载入数据…', en: 'Loading the data…' },
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
	definition: { zh: '定义：', en: 'Definition: ' },
	dataTable: { zh: '数据表', en: 'Data table' },
	year: { zh: '年度', en: 'Year' },
	region: { zh: '地区', en: 'Region' },
	value: { zh: '数值', en: 'Value' },
	origin: { zh: '数据类型', en: 'Origin' },
	demo: { zh: '演示', en: 'demo' },
	real: { zh: '真实', en: 'real' },
	unknownRegions: { zh: '未找到这些地区代码：{codes}', en: 'Unknown region codes: {codes}' },
	lineChart: { zh: '{metric}：按年度折线图', en: '{metric} by year, line chart' },
	language: { zh: 'English', en: '中文' },
	chartActions: { zh: '图表操作', en: 'Chart actions' },
	copyLink: { zh: '复制链接', en: 'Copy link' },
	copySummary: { zh: '复制摘要', en: 'Copy summary' },
	linkCopied: { zh: '已复制链接。', en: 'Link copied.' },
	summaryCopied: { zh: '已复制：', en: 'Copied: ' },
	navOverview: { zh: '概览', en: 'Overview' },
	navCompare: { zh: '比较', en: 'Compare' },
	navRank: { zh: '排名', en: 'Rank' },
	navRequests: { zh: '依申请公开', en: 'Requests' },
	navReview: { zh: '复议诉讼', en: 'Review & litigation' },
	navQuality: { zh: '数据质量', en: 'Data quality' },
	navCorrections: { zh: '整改清单', en: 'Corrections' },
	navTimeliness: { zh: '按时公开', en: 'Timeliness' },
	navRegion: { zh: '地区档案', en: 'Region profile' },
	navData: { zh: '下载数据', en: 'Download data' },
	filters: { zh: '筛选', en: 'Filters' },
	level: { zh: '层级', en: 'Level' },
	province: { zh: '省级', en: 'Province' },
	prefecture: { zh: '地级', en: 'Prefecture' },
	county: { zh: '县级', en: 'County' },
	scope: { zh: '统计口径', en: 'Scope' },
	government_itself: { zh: '政府本级', en: 'Government itself' },
	organ: { zh: '部门', en: 'Department' },
	region_aggregate: { zh: '全地区汇总', en: 'Region-wide' },
	fromYear: { zh: '起始年', en: 'From' },
	toYear: { zh: '截止年', en: 'To' },
	realOnly: { zh: '仅真实报告（不含演示数据）', en: 'Real reports only (no demo data)' },
	consistentOnly: { zh: '仅勾稽关系成立的报告', en: 'Consistent reports only' },
	nation: { zh: '全国', en: 'China' },
	under: { zh: '下辖', en: 'Within' },
	all: { zh: '全部', en: 'All' },
	reports: { zh: '报告数', en: 'Reports' },
	yoy: { zh: '同比', en: 'YoY' },
	trend: { zh: '趋势', en: 'Trend' },
	top: { zh: '最高', en: 'Highest' },
	bottom: { zh: '最低', en: 'Lowest' },
	map: { zh: '分省地图（方格图，点击下钻）', en: 'Provinces (tile map; click to drill down)' },
	sampleGuard: {
		zh: '分母不足 {n} 的地区不参与排名',
		en: 'Regions with a denominator below {n} are not ranked'
	},
	notRanked: { zh: '未排名（样本太小或空白）', en: 'Not ranked (sample too small or blank)' },
	distribution: {
		zh: '分布与离群值（中位数 ± MAD）',
		en: 'Distribution and outliers (median ± MAD)'
	},
	outlier: { zh: '离群', en: 'outlier' },
	byYear: { zh: '按年度', en: 'By year' },
	byRegion: { zh: '按地区', en: 'By region' },
	percent: { zh: '占比', en: 'Share' },
	count: { zh: '件数', en: 'Count' },
	loading: { zh: '加载中…', en: 'Loading…' },
	noSelection: { zh: '当前筛选下没有报告。', en: 'No reports match these filters.' },
	share: { zh: '分享', en: 'Share' },
	shareHint: {
		zh: '分享图（含图表、标题、来源和二维码）：可直接保存或转发；二维码可投影或打印，扫码即打开此视图。',
		en: 'Share image (chart, title, source and QR code): save or forward it; the QR code opens this view when projected or printed.'
	},
	wechatHint: {
		zh: '微信内无法下载文件：请长按下图保存或转发。需要 CSV/SVG 文件时，点右上角「…」选择「在浏览器打开」。',
		en: 'WeChat blocks downloads: long-press the image below to save or forward it. For CSV/SVG files, tap “…” at the top right and open in the browser.'
	},
	qrCaption: { zh: '扫码打开此视图', en: 'Scan to open this view' },
	embedCode: { zh: '嵌入代码（iframe）', en: 'Embed code (iframe)' },
	openInApp: {
		zh: '在政务公开年报透视中打开完整视图 ↗',
		en: 'Open the full view in OGI Annual Report Explorer ↗'
	},
	preparing: { zh: '正在生成分享图…', en: 'Making the share image…' },
	noOrganData: {
		zh: '（本数据集暂无部门报告）',
		en: ' (no department reports in this dataset yet)'
	},
	realShort: { zh: '仅真实报告', en: 'real only' },
	consistentShort: { zh: '仅勾稽成立', en: 'consistent only' },
	mixedLines: {
		zh: '同一地区的真实报告与演示数据分成两条线（实线为真实，虚线为演示），不连成一条，也不计算跨来源的同比。',
		en: 'A region’s real reports and demo rows are separate lines (solid real, dashed demo), never joined, and no change is computed across them.'
	},
	failShareProvince: { zh: '各省勾稽不成立的报告占比', en: 'Share failing, by province' },
	failShareUnder: {
		zh: '{parent}下辖各地勾稽不成立的报告占比',
		en: 'Share failing, by area within {parent}'
	},
	coverageNote: {
		zh: '红色：勾稽关系不成立（{failing} 格）；灰色：缺失（{missing} 格）。',
		en: 'Red: an identity fails ({failing} cells); grey: missing ({missing} cells).'
	},
	childrenOf: { zh: '{parent}下辖{level}', en: '{level} units within {parent}' },
	noAggregate: {
		zh: '{subject}共有 {bodies} 个报告主体，当前筛选下每年最多只有 {most} 份报告：这些报告的合计不能代表整体，因此不显示合计、趋势和地图。请看下面的各地区数值或打开单个地区。',
		en: '{subject} has {bodies} reporting bodies but at most {most} reports per year match these filters: their sum does not stand for the whole, so no total, trend or map is drawn. See the regions below or open one region.'
	},
	noYoy: {
		zh: '{year} 年与 {prev} 年的报告来源构成不同（真实/演示/导入），不计算同比。',
		en: '{year} and {prev} differ in where their reports come from (real/demo/imported): no year-on-year change.'
	},
	mapSums: {
		zh: '每个方格为该省{level}报告之和；点击方格下钻。',
		en: 'Each tile sums the province’s {level} reports; click a tile to drill down.'
	},
	mapNoPrefecture: {
		zh: '灰色“不设地级”：直辖市没有地级单位。',
		en: 'Grey “no prefectures”: municipalities have no prefecture level.'
	},
	sumNote: {
		zh: '合计只加总同一口径、同一层级的报告：{scope}，{level}。',
		en: 'Totals only add reports of one scope and one level: {scope}, {level}.'
	}
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof MESSAGES;

export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
	return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
