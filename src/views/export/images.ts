import type { AppState } from '../../state/store';
import { saveBlob } from './download';
import { exportFileName } from './fileName';
import { pngBlob, rasterize } from './raster';
import { buildSnapshot, svgText } from './snapshot';

/** Device pixels per CSS px of a saved PNG. */
export const PNG_SCALE = 2;

/** Downloads the plot as on screen as a vector SVG (heavy-ball-<loss>-step<N>.svg). */
export function saveSvg(state: AppState): void {
  const text = svgText(buildSnapshot(state));
  saveBlob(
    new Blob([text], { type: 'image/svg+xml' }),
    exportFileName(state.settings.fn, state.step, 'svg'),
  );
}

/** Downloads the plot as on screen as a PNG at 2× (heavy-ball-<loss>-step<N>.png). */
export async function savePng(state: AppState): Promise<void> {
  const snap = buildSnapshot(state);
  const canvas = await rasterize(svgText(snap), snap.width, snap.height, PNG_SCALE);
  saveBlob(await pngBlob(canvas), exportFileName(state.settings.fn, state.step, 'png'));
}
