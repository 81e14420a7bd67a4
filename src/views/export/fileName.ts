/**
 * The name of an exported file: `heavy-ball-<loss>-step<N>.<ext>`, e.g.
 * heavy-ball-ravine-step25.png; a custom loss is "custom". Anything but a-z, 0-9 and "-" in the
 * loss id is dropped, so the name is safe on every file system.
 */
export function exportFileName(loss: string, step: number, ext: string): string {
  const id = loss.toLowerCase().replace(/[^a-z0-9-]/g, '') || 'loss';
  const n = Number.isFinite(step) ? Math.max(0, Math.round(step)) : 0;
  return `heavy-ball-${id}-step${n}.${ext.replace(/^\./, '')}`;
}
