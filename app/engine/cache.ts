/**
 * A small least-recently-used cache of results, so that going back to an earlier slider
 * position shows its result at once. A Map keeps insertion order: a hit moves the entry to
 * the end, and the first entry is the least recently used.
 */
export const DEFAULT_CACHE_SIZE = 16;

export class ResultCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(readonly capacity: number = DEFAULT_CACHE_SIZE) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    if (this.capacity <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) {
      this.entries.delete(this.entries.keys().next().value!);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}
