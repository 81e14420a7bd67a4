/** Flags for headless Chromium here. */
export declare const CHROMIUM_ARGS: string[];
/** Where distributions put Chromium or Chrome, tried after Playwright's own. */
export declare const SYSTEM_CHROMIUMS: string[];
/** True if `path` is a regular file this process may execute. */
export declare function isExecutable(path: string): boolean;
/** Where a Chromium was found: $CHROMIUM, Playwright's own build, or a system path. */
export interface FoundChromium {
  source: 'env' | 'playwright' | 'system';
  path: string;
}
/** $CHROMIUM if executable, Playwright's own if installed, then SYSTEM_CHROMIUMS; null if none. */
export declare function findChromium(where?: {
  env?: Record<string, string | undefined>;
  executable?: (path: string) => boolean;
  playwrightPath?: string | undefined;
  systemPaths?: string[];
}): FoundChromium | null;
/** The found path, or undefined for Playwright's own build (or when there is none). */
export declare function chromiumExecutable(): string | undefined;
/** Launch options: executablePath (when one is chosen) and the flags. */
export declare function chromiumLaunchOptions(): { executablePath?: string; args: string[] };
