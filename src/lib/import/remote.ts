import Papa from 'papaparse';
import { parquetReadObjects } from 'hyparquet';
import { REPORT_COLUMNS } from '$lib/dataset/tables';
import type { WideRow } from '$lib/dataset/rows';
import { decodeTable } from './encoding';

export type RemoteResult = { ok: true; rows: WideRow[] } | { ok: false; message: string };

const MAX_REMOTE = 300 * 1024 * 1024;

/** Why a fetch failed, in words a user can act on. */
async function download(url: string): Promise<Uint8Array | string> {
	let response: Response;
	try {
		response = await fetch(url, { mode: 'cors' });
	} catch {
		return `无法读取 ${url}：浏览器拒绝了请求或网络不通。最常见的原因是跨域（CORS）限制——该服务器需要发送响应头 Access-Control-Allow-Origin。`;
	}
	if (!response.ok)
		return `无法读取 ${url}：服务器返回 ${response.status}${response.status === 404 ? '（文件不存在）' : ''}。`;
	const length = Number(response.headers.get('content-length') ?? 0);
	if (length > MAX_REMOTE) return `${url} 过大（${(length / 1048576).toFixed(0)} MB），未读取。`;
	return new Uint8Array(await response.arrayBuffer());
}

const TYPES = new Map(REPORT_COLUMNS.map((c) => [c.id, c.type]));

function typed(id: string, v: unknown): string | number | boolean | null {
	if (v === null || v === undefined || v === '') return null;
	const type = TYPES.get(id);
	if (type === 'INTEGER' || type === 'DOUBLE') {
		const n = typeof v === 'bigint' ? Number(v) : Number(v);
		return Number.isFinite(n) ? n : null;
	}
	if (type === 'BOOLEAN') return v === true || v === 'true' || v === '1';
	return String(v).replace(/^'(?=[=+\-@])/, '');
}

/**
 * A dataset in the project's own Parquet or CSV format from a URL. Every failure (network or CORS,
 * HTTP status, not Parquet/CSV, missing columns) is a message; nothing is half loaded.
 */
export async function fetchDataset(url: string): Promise<RemoteResult> {
	if (!/^https?:\/\//i.test(url)) return { ok: false, message: `src=${url} 不是 http(s) 网址。` };
	const got = await download(url);
	if (typeof got === 'string') return { ok: false, message: got };
	let objects: Record<string, unknown>[];
	try {
		if (got[0] === 0x50 && got[1] === 0x41 && got[2] === 0x52 && got[3] === 0x31) {
			const file = got.buffer.slice(got.byteOffset, got.byteOffset + got.byteLength) as ArrayBuffer;
			objects = (await parquetReadObjects({ file })) as Record<string, unknown>[];
		} else {
			const text = decodeTable(got).text;
			if (/^\s*</.test(text))
				return { ok: false, message: `${url} 是网页（HTML），不是数据集的 Parquet 或 CSV 文件。` };
			objects = Papa.parse<Record<string, string>>(text, {
				header: true,
				skipEmptyLines: true
			}).data;
		}
	} catch (e) {
		return {
			ok: false,
			message: `${url} 不是可读的 Parquet 或 CSV 文件（${e instanceof Error ? e.message : String(e)}）。`
		};
	}
	const present = new Set(Object.keys(objects[0] ?? {}));
	const missing = REPORT_COLUMNS.filter((c) => !present.has(c.id)).map((c) => c.id);
	if (!objects.length) return { ok: false, message: `${url} 中没有数据行。` };
	if (missing.length)
		return {
			ok: false,
			message: `${url} 的列与数据集不一致：缺少 ${missing.length} 列（${missing.slice(0, 5).join('、')}${missing.length > 5 ? '…' : ''}）。`
		};
	const rows = objects.map((o) =>
		Object.fromEntries(REPORT_COLUMNS.map((c) => [c.id, typed(c.id, o[c.id])]))
	);
	return { ok: true, rows };
}
