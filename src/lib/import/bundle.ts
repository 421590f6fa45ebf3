import { strToU8, zipSync } from 'fflate';
import { parquetWriteBuffer, type ColumnSource } from 'hyparquet-writer';
import { toCsv } from '$lib/dataset/csv';
import type { Columns } from '$lib/dataset/tables';
import { REPORT_COLUMNS, VALIDATION_COLUMNS } from '$lib/dataset/tables';

type Rows = readonly object[];

const PARQUET_TYPE: Record<string, ColumnSource['type']> = {
	VARCHAR: 'STRING',
	INTEGER: 'INT32',
	DOUBLE: 'DOUBLE',
	BOOLEAN: 'BOOLEAN'
};

/** A table in the dataset's Parquet layout: the same column names and types as data/*.parquet. */
export function toParquet(columns: Columns, rows: Rows): Uint8Array {
	const buffer = parquetWriteBuffer({
		columnData: columns.map((c) => ({
			name: c.id,
			type: PARQUET_TYPE[c.type] ?? 'STRING',
			data: rows.map((r) => ((r as Record<string, unknown>)[c.id] ?? null) as never)
		}))
	});
	return new Uint8Array(buffer);
}

const README = (n: number, at: string) => `政务公开年报透视 · 导入数据包（${at}）
OGI Annual Report Explorer · bundle of imported reports

${n} 份报告（data_origin = imported），与全国数据集同列：
  reports.parquet / reports.csv        每份报告一行（列含义见 dictionary.json）
  validation.parquet / validation.csv  每份报告 × 每条勾稽规则的结果

再次导入：在“导入报告”页选择本 zip 或 reports.csv 即可。
CSV 为 UTF-8（带 BOM），以 = + - @ 开头的文字单元格前加了 ' 以免被电子表格当作公式。

发布这套数据（让别人用链接打开同样的视图）：
  1. 把 reports.parquet（或 reports.csv）放到任何可访问的网址，例如内网服务器 https://example.gov.cn/ogi/reports.parquet
  2. 该服务器需允许跨域读取（CORS 响应头 Access-Control-Allow-Origin: *，或至少允许本站点）
  3. 打开本站任一视图并加上 ?src=<文件网址>，例如 /compare?src=https://example.gov.cn/ogi/reports.parquet
     加 &srcmode=add 则与内置数据并列显示；链接可直接分享。
`;

/** Everything imported, as the dataset's own files plus a short note, zipped. */
export function bundleZip(
	reports: readonly object[],
	validation: readonly object[],
	at: Date
): Uint8Array {
	return zipSync({
		'reports.parquet': toParquet(REPORT_COLUMNS, reports),
		'reports.csv': strToU8(toCsv(REPORT_COLUMNS, reports)),
		'validation.parquet': toParquet(VALIDATION_COLUMNS, validation),
		'validation.csv': strToU8(toCsv(VALIDATION_COLUMNS, validation)),
		'README.txt': strToU8(README(reports.length, at.toISOString().slice(0, 10)))
	});
}
