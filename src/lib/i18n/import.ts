import type { Lang } from './index';

/** Messages of the import page and the "my imports" filter. */
const MESSAGES = {
	navImport: { zh: '导入报告', en: 'Import' },
	importedShort: { zh: '导入', en: 'imported' },
	importedReport: {
		zh: '导入的报告（在本浏览器中导入，未经发布方核实）',
		en: 'Imported report (imported in this browser, not verified by the publisher)'
	},
	mineOnly: { zh: '仅我导入的报告', en: 'My imports only' },
	importTitle: { zh: '导入、核对和更正年度报告', en: 'Import, review and correct reports' },
	importLead: {
		zh: '文件只在本机浏览器中读取和保存，不会上传到任何地方。支持 pdf、docx、html、txt、md，一个或多个文件、文件夹或 zip 压缩包；也可导入按数据集列整理的 CSV / XLSX 表格。',
		en: 'Files are read and kept in this browser only; nothing is uploaded. Reports (pdf, docx, html, txt, md) one by one, several, a folder or a zip; or CSV / XLSX tables in the dataset’s columns.'
	},
	chooseFiles: { zh: '选择文件', en: 'Choose files' },
	chooseFolder: { zh: '选择文件夹', en: 'Choose a folder' },
	dropHere: { zh: '或把文件拖到这里', en: 'or drop files here' },
	cancel: { zh: '取消', en: 'Cancel' },
	imported: { zh: '已导入的报告', en: 'Imported reports' },
	acceptAll: { zh: '全部加入数据集（已核对完的）', en: 'Add all resolved reports' },
	deleteAll: { zh: '全部删除', en: 'Delete all' },
	exportBundle: {
		zh: '导出全部（Parquet + CSV + 校验表）',
		en: 'Export all (Parquet + CSV + validation)'
	},
	template: { zh: '下载导入模板', en: 'Download the import template' },
	publish: { zh: '发布这套数据', en: 'Publish this set' }
} as const satisfies Record<string, Record<Lang, string>>;

export type ImportMessageKey = keyof typeof MESSAGES;

export const ti = (lang: Lang, key: ImportMessageKey): string => MESSAGES[key][lang];

/** A message in the page's language: the English one in English where there is one. */
export const inLang = (lang: Lang, m: { message: string; message_en?: string }): string =>
	lang === 'en' && m.message_en ? m.message_en : m.message;
