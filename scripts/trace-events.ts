/** Chromium trace events over CDP, for the trace scripts (trace-link.ts, trace-interact.ts). */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	/** Thread (CPU) time: unlike `dur`, not inflated by other processes taking the cores. */
	tdur?: number;
	tid: number;
	pid: number;
	args?: { data?: { functionName?: string; url?: string } };
}

/** Starts a trace whose events collect in the returned array; `stop` waits for the last of them. */
export async function startTracing(cdp: CDPSession) {
	const events: TraceEvent[] = [];
	cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as TraceEvent[])));
	await cdp.send('Tracing.start', {
		categories: 'devtools.timeline,v8,disabled-by-default-devtools.timeline,blink.user_timing',
		transferMode: 'ReportEvents'
	});
	const stop = async () => {
		const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
		await cdp.send('Tracing.end');
		await done;
		return events;
	};
	return { events, stop };
}
