/** Flags for headless Chromium here. */
export declare const CHROMIUM_ARGS: string[];
/** $CHROMIUM, undefined for Playwright's own build, or /usr/bin/chromium. */
export declare function chromiumExecutable(): string | undefined;
/** Launch options: executablePath (when one is chosen) and the flags. */
export declare function chromiumLaunchOptions(): { executablePath?: string; args: string[] };
