/** The iframe size the README promises an embed fits. */
export const EMBED_WIDTH = 720;
export const EMBED_HEIGHT = 560;

/** Escapes text for an HTML attribute value in double quotes. */
function attr(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** "Heavy Ball: SGD vs. Momentum on Ravine": what an iframe's title says it shows. */
export function embedTitle(runLabels: readonly string[], lossName: string): string {
  return `Heavy Ball: ${runLabels.join(' vs. ')} on ${lossName}`;
}

/**
 * The `<iframe>` snippet of README's Embedding section for a URL (already carrying embed=1).
 * The URL's query is URLSearchParams output, so it holds no quote or angle bracket; its "&"s
 * stay as they are (as in the README: each is followed by a key and "=", which HTML never reads
 * as a character reference); the title is escaped.
 */
export function embedSnippet(src: string, title: string): string {
  const safeSrc = src.replace(/"/g, '%22').replace(/</g, '%3C').replace(/>/g, '%3E');
  return `<iframe src="${safeSrc}" title="${attr(title)}" width="${EMBED_WIDTH}" height="${EMBED_HEIGHT}" style="border:0"></iframe>`;
}
