import ParseWorker from '$lib/import/parse.worker.ts?worker';
import type { ImportedReport } from '$lib/import/record';
import type { ParseJob, WorkerMessage } from '$lib/import/messages';
import { listImported, saveImported } from '$lib/import/store';
import { recordFromReport, recordFromTableRow } from '$lib/import/records-from';

export type FileState = 'queued' | 'reading' | 'done' | 'failed' | 'duplicate' | 'cancelled';

export interface FileProgress {
	id: string;
	name: string;
	state: FileState;
	message: string;
	message_en?: string;
	/** Problems naming rows and columns (tables) or entries (zip). */
	details: string[];
}

/**
 * Reads files in a Web Worker with the project's parser, one at a time, and keeps every report in
 * IndexedDB the moment it is read: cancelling, a crashed worker or a reload costs none of them.
 */
export class Importer {
	files = $state<FileProgress[]>([]);
	running = $state(false);
	records = $state<ImportedReport[]>([]);
	loaded = $state(false);
	private worker: Worker | null = null;
	private queue: ParseJob[] = [];
	private onChange: () => void;

	constructor(onChange: () => void) {
		this.onChange = onChange;
	}

	async load(): Promise<void> {
		this.records = await listImported();
		this.loaded = true;
	}

	get done(): number {
		return this.files.filter((f) => f.state !== 'queued' && f.state !== 'reading').length;
	}

	start(files: { name: string; file: Blob }[]): void {
		const stamp = Date.now().toString(36);
		const jobs = files.map((f, i) => ({ id: `${stamp}-${i}`, name: f.name, file: f.file }));
		this.files = [
			...this.files,
			...jobs.map((j) => ({
				id: j.id,
				name: j.name,
				state: 'queued' as const,
				message: '',
				details: []
			}))
		];
		this.queue.push(...jobs);
		this.run();
	}

	cancel(): void {
		this.worker?.terminate();
		this.worker = null;
		this.queue = [];
		for (const f of this.files)
			if (f.state === 'queued' || f.state === 'reading') this.set(f.id, 'cancelled', '已取消');
		this.running = false;
	}

	private run(): void {
		if (this.running || !this.queue.length) return;
		const jobs = this.queue;
		this.queue = [];
		this.running = true;
		const worker = new ParseWorker();
		this.worker = worker;
		worker.onmessage = (e: MessageEvent<WorkerMessage>) => void this.receive(e.data);
		worker.onerror = (e) => {
			e.preventDefault();
			this.crashed(jobs, e.message);
		};
		worker.postMessage({ type: 'parse', jobs });
	}

	/** The worker died: the file it was on is marked, the rest are read by a fresh worker. */
	private crashed(jobs: ParseJob[], why: string): void {
		this.worker?.terminate();
		this.worker = null;
		this.running = false;
		const current = this.files.find((f) => f.state === 'reading');
		if (current)
			this.set(
				current.id,
				'failed',
				`解析进程崩溃（${why || '未知原因'}），此文件未导入；其他文件继续`
			);
		const left = jobs.filter((j) => this.files.find((f) => f.id === j.id)?.state === 'queued');
		this.queue.unshift(...left);
		this.run();
	}

	private set(
		id: string,
		state: FileState,
		message: string,
		details: string[] = [],
		message_en?: string
	): void {
		const f = this.files.find((x) => x.id === id);
		if (f) Object.assign(f, { state, message, message_en, details });
	}

	private async keep(rec: ImportedReport, fileId: string): Promise<boolean> {
		const same = this.records.find((r) => r.hash === rec.hash);
		if (same) {
			this.set(fileId, 'duplicate', `与已导入的“${same.file}”内容相同（同一文件），未重复导入`);
			return false;
		}
		await saveImported(rec);
		this.records = [...this.records, rec];
		return true;
	}

	private async receive(m: WorkerMessage): Promise<void> {
		if (m.type === 'start') this.set(m.id, 'reading', '正在解析…');
		else if (m.type === 'failed') this.set(m.id, 'failed', m.message, [], m.message_en);
		else if (m.type === 'expanded') {
			const at = this.files.findIndex((f) => f.id === m.id);
			const inner = m.entries.map((e) => ({
				id: e.id,
				name: e.name,
				state: 'queued' as const,
				message: '',
				details: []
			}));
			this.files.splice(at + 1, 0, ...inner);
			this.set(
				m.id,
				'done',
				`压缩包内 ${m.entries.length} 个文件`,
				m.problems.map((p) => `${p.name}：${p.message}`)
			);
		} else if (m.type === 'parsed') {
			const now = Date.now();
			if (m.result.kind === 'report') {
				const kept = await this.keep(recordFromReport(m.name, m.hash, m.size, now, m.result), m.id);
				if (kept) this.set(m.id, 'done', '已读取，请在下方核对');
			} else {
				let n = 0;
				for (const row of m.result.reports)
					if (await this.keep(recordFromTableRow(m.name, row, now), m.id)) n++;
				const details = m.result.problems.map((p) => p.message);
				const skipped = m.result.reports.length - n;
				this.set(
					m.id,
					m.result.reports.length || !details.length ? 'done' : 'failed',
					`${m.result.encoding}：导入 ${n} 行` +
						(skipped ? `，${skipped} 行此前已导入` : '') +
						(details.length ? `，${details.length} 处问题` : ''),
					details
				);
			}
			this.onChange();
		} else if (m.type === 'done') {
			this.worker?.terminate();
			this.worker = null;
			this.running = false;
			this.run();
		}
	}

	async update(rec: ImportedReport): Promise<void> {
		await saveImported($state.snapshot(rec) as ImportedReport);
		this.records = this.records.map((r) => (r.hash === rec.hash ? rec : r));
		this.onChange();
	}
}
