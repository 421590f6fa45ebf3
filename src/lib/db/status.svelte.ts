export type EnginePhase = 'idle' | 'engine' | 'data' | 'ready' | 'error';

/** Reactive start-up state of the data engine, for the progress bar. */
export const engine = $state({
	phase: 'idle' as EnginePhase,
	/** 0..1 over the whole start-up (engine download, then data download and load). */
	progress: 0,
	message: '',
	error: null as string | null
});
