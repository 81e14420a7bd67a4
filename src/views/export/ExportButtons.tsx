import { useRef, useState } from 'react';
import { useAppStore } from '../../state/StoreContext';
import { saveBlob } from './download';
import { exportFileName } from './fileName';
import './export.css';

/** Text the clipboard refused, shown in a read-only box to copy by hand. */
export interface ManualCopy {
  readonly label: string;
  readonly text: string;
}

/** How the export buttons talk back: a status line, and a box when the clipboard is refused. */
export interface ExportFeedback {
  readonly say: (message: string) => void;
  readonly showManual: (copy: ManualCopy | null) => void;
}

/** Writes text to the clipboard; on refusal says so and shows the text to copy by hand. */
export async function copyText(
  text: string,
  done: string,
  label: string,
  { say, showManual }: ExportFeedback,
): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    showManual(null);
    say(done);
  } catch {
    showManual({ label, text });
    say(`The clipboard was refused: select the text in “${label}” and copy it.`);
  }
}

function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

type Recording = { readonly kind: 'video' | 'gif'; readonly done: number };

/**
 * "Save PNG", "Save SVG", "Record video" (WebM), "Record GIF" and "Copy LaTeX": the plot and the
 * step on screen, taken out of the page. The image and video code loads only when first used.
 */
export function ExportButtons(props: ExportFeedback) {
  const { say } = props;
  const store = useAppStore();
  const [recording, setRecording] = useState<Recording | null>(null);
  const abort = useRef<AbortController | null>(null);

  const saveImage = async (kind: 'png' | 'svg') => {
    try {
      const images = await import('./images');
      // Read after the (first-time) load, so the state and the plot on the page agree.
      const state = store.getState();
      if (kind === 'svg') images.saveSvg(state);
      else await images.savePng(state);
      say(`${kind.toUpperCase()} saved`);
    } catch (e) {
      say(`Could not save the ${kind.toUpperCase()}: ${reason(e)}`);
    }
  };

  const record = async (kind: Recording['kind']) => {
    store.getState().pause();
    const state = store.getState();
    const controller = new AbortController();
    abort.current = controller;
    setRecording({ kind, done: 0 });
    say('');
    try {
      const video = await import('./video');
      const options = {
        signal: controller.signal,
        onProgress: (done: number) => setRecording({ kind, done }),
      };
      const blob =
        kind === 'video'
          ? await video.recordVideo(state, options)
          : await video.recordGif(state, options);
      const ext = kind === 'video' ? 'webm' : 'gif';
      saveBlob(blob, exportFileName(state.settings.fn, state.step, ext));
      say(kind === 'video' ? 'Video saved' : 'GIF saved');
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') say('Recording cancelled');
      else say(`Could not record: ${reason(e)}`);
    } finally {
      abort.current = null;
      setRecording(null);
    }
  };

  const copyLatex = async () => {
    const { runs, step, problem } = store.getState();
    // Loaded on the click: the first load stays small, and the clipboard still sees the click.
    const { stepLatex } = await import('./latex');
    const text = stepLatex({ runs, step, lossTex: problem.tex, lossName: problem.name });
    await copyText(text, 'LaTeX copied', 'LaTeX to copy', props);
  };

  const busy = recording !== null;
  const pct = recording ? Math.floor(recording.done * 100) : 0;
  return (
    <>
      <button type="button" onClick={() => void saveImage('png')}>
        Save PNG
      </button>
      <button type="button" onClick={() => void saveImage('svg')}>
        Save SVG
      </button>
      <button type="button" onClick={() => void record('video')} disabled={busy}>
        Record video
      </button>
      <button type="button" onClick={() => void record('gif')} disabled={busy}>
        Record GIF
      </button>
      <button type="button" onClick={() => void copyLatex()}>
        Copy LaTeX
      </button>
      {recording && (
        <span className="record-progress">
          <progress max={100} value={pct} aria-label="Recording progress" />
          <span>
            {recording.kind === 'video' ? 'Recording' : 'Recording GIF'}… {pct} %
          </span>
          <button type="button" onClick={() => abort.current?.abort()}>
            Cancel
          </button>
        </span>
      )}
    </>
  );
}
