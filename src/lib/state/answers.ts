/**
 * Answers kept per data version: the rows of a query (by its SQL and parameters) are reused until
 * the loaded data changes (imported rows joined or left, `engine.dataVersion` moved on). A value
 * from an older version is never returned, and the first lookup at a new version drops them all.
 * Bounded: beyond `max` entries the oldest goes first.
 */
export class VersionedCache<V> {
	private entries = new Map<string, V>();
	private version: number | null = null;

	constructor(private readonly max = 300) {}

	/** The entries of `version`; null for an older version than the newest seen (versions only grow). */
	private at(version: number): Map<string, V> | null {
		if (this.version !== null && version < this.version) return null;
		if (version !== this.version) {
			this.entries.clear();
			this.version = version;
		}
		return this.entries;
	}

	get(key: string, version: number): V | undefined {
		const entries = this.at(version);
		const value = entries?.get(key);
		if (entries && value !== undefined) {
			// Most recently used last, so the bound drops the least recently used.
			entries.delete(key);
			entries.set(key, value);
		}
		return value;
	}

	/** Keeps an answer computed at `version`; one that finished after the data changed is dropped. */
	set(key: string, version: number, value: V): void {
		const entries = this.at(version);
		if (!entries) return;
		entries.delete(key);
		if (entries.size >= this.max) entries.delete(entries.keys().next().value!);
		entries.set(key, value);
	}

	get size(): number {
		return this.entries.size;
	}
}
