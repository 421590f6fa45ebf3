/** Fetches a file, reporting bytes received (total is 0 when the server sends no length). */
export async function fetchWithProgress(
	url: string,
	onProgress: (loaded: number, total: number) => void
): Promise<ArrayBuffer> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`HTTP ${response.status} fetching ${url}`);
	const total = Number(response.headers.get('content-length') ?? 0);
	if (!response.body) return response.arrayBuffer();
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let loaded = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
		loaded += value.length;
		onProgress(loaded, total);
	}
	const out = new Uint8Array(loaded);
	let offset = 0;
	for (const c of chunks) {
		out.set(c, offset);
		offset += c.length;
	}
	return out.buffer;
}
