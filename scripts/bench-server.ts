import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Starts the production server (scripts/serve.ts: precompressed files and cache headers, as
 * deployed) on `port` for the benches and resolves once it answers. One process (`node --import
 * tsx`, not the tsx wrapper), so that kill() stops the server. `variant` picks the build directory
 * (OGI_BUILD, as for the e2e build).
 */
export async function startServer(port: number, variant?: string): Promise<ChildProcess> {
	const env = variant ? { ...process.env, OGI_BUILD: variant } : process.env;
	const server = spawn(
		process.execPath,
		['--import', 'tsx', 'scripts/serve.ts', '--port', String(port)],
		{ stdio: 'ignore', env }
	);
	for (;;) {
		if (server.exitCode !== null) throw new Error(`scripts/serve.ts exited (port ${port} busy?)`);
		const up = await fetch(`http://127.0.0.1:${port}/`).then(
			(r) => r.ok,
			() => false
		);
		if (up) return server;
		await new Promise((r) => setTimeout(r, 200));
	}
}
