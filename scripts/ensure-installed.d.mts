/** Types of scripts/ensure-installed.mjs (plain Node, run before the dependencies exist). */
export declare const root: string;
export declare const KEY_FILES: readonly string[];
export declare function installNeeded(
  exists: (path: string) => boolean,
): null | ['ci'] | ['install'];
export declare function ensureInstalled(): Promise<number>;
