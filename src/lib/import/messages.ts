import type { Report, Issue, Scope } from '$lib/report';
import type { Region } from '$lib/dataset/regions';
import type { RegionCandidate } from './region-match';
import type { TableProblem, TableReport } from './table';

/** A file to read, as posted to the parse worker. */
export interface ParseJob {
	id: string;
	name: string;
	file: Blob;
}

export interface ParsedReportResult {
	kind: 'report';
	report: Report;
	issues: Issue[];
	region: Region | null;
	candidates: RegionCandidate[];
	scope: Scope | null;
	scopeReason: string;
}

export interface ParsedTableResult {
	kind: 'table';
	encoding: string;
	reports: (TableReport & { hash: string; region: Region | null; issues: Issue[] })[];
	problems: TableProblem[];
}

export type WorkerRequest = {
	type: 'parse';
	jobs: ParseJob[];
};

export type WorkerMessage =
	| { type: 'start'; id: string; name: string }
	| {
			type: 'expanded';
			id: string;
			entries: { id: string; name: string; size: number }[];
			problems: { name: string; message: string }[];
	  }
	| {
			type: 'failed';
			id: string;
			name: string;
			message: string;
			message_en?: string;
			hash?: string;
	  }
	| {
			type: 'parsed';
			id: string;
			name: string;
			hash: string;
			size: number;
			result: ParsedReportResult | ParsedTableResult;
	  }
	| { type: 'done' };
