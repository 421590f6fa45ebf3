/** A failed query, carrying its SQL and cause (the Mosaic QueryError shape). */
export class QueryError extends Error {
	constructor(
		readonly sql: string,
		readonly cause: unknown
	) {
		super(`${cause instanceof Error ? cause.message : String(cause)}\nSQL: ${sql}`);
		this.name = 'QueryError';
	}
}

/** The single place that turns engine and network failures into user-facing text (Chinese first). */
export function toUserMessage(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	if (/fetch|network|Failed to load|NetworkError|HTTP \d+/i.test(text))
		return `数据文件下载失败，请检查网络后刷新页面。Data file could not be downloaded. (${text.split('\n')[0]})`;
	if (/WebAssembly|wasm|Worker/i.test(text))
		return `浏览器无法启动数据引擎（需要支持 WebAssembly 的浏览器）。The data engine could not start in this browser. (${text.split('\n')[0]})`;
	if (error instanceof QueryError) return `查询失败：${text.split('\n')[0]}。Query failed.`;
	return `出错了：${text.split('\n')[0]}。Something went wrong.`;
}
