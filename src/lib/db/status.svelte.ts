export type EnginePhase = 'idle' | 'engine' | 'data' | 'ready' | 'error';

/** Reactive start-up state of the data engine, for the progress bar. */
export const engine = $state({
	phase: 'idle' as EnginePhase,
	/** 0..1 over the whole start-up (engine download, then data download and load). */
	progress: 0,
	error: null as string | null,
	/** Moves on whenever loaded data changes (rows appended, tables added): views re-query. */
	dataVersion: 0,
	/** True once data differs from the published files: prebuilt and fast answers no longer apply. */
	dataChanged: false
});

/**
 * Moves the engine to a phase and mirrors it on `<html data-engine>`: the readiness signal e2e
 * tests and the bench wait on (never a guessed number of seconds).
 */
export function setPhase(phase: EnginePhase): void {
	engine.phase = phase;
	if (typeof document !== 'undefined') document.documentElement.dataset.engine = phase;
}
