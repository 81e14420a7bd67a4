import { ensureRuns } from '../../state/runs';
import type { AppState } from '../../state/store';
import { planFrames, VIDEO_FPS, type FramePlan } from './frames';
import { createFrameRenderer, type FrameRenderer } from './frameRenderer';

/** How a recording reports and stops. */
export interface RecordOptions {
  /** Called with the share of frames done, 0 … 1. */
  readonly onProgress: (done: number) => void;
  /** Aborting it stops the recording; the promise then rejects with an AbortError. */
  readonly signal: AbortSignal;
}

/** Video width the frames are scaled towards, px (a plot's CSS size is scaled 1× … 2×). */
const TARGET_WIDTH = 960;
/** Encoders tried in order: WebCodecs codec string and its WebM (Matroska) codec id. */
const CODECS: readonly (readonly [string, string])[] = [
  ['vp8', 'V_VP8'],
  ['vp09.00.10.08', 'V_VP9'],
];

function aborted(): DOMException {
  return new DOMException('Recording cancelled', 'AbortError');
}

const tick = () => new Promise<void>((r) => setTimeout(r, 0));

/** The state with every run computed as far as the recording reaches. */
function reaching(state: AppState, plan: FramePlan): AppState {
  return { ...state, runs: ensureRuns(state.problem, state.runs, plan.end) };
}

/** Frames encoded by WebCodecs (VP8, else VP9) and muxed into WebM by webm-muxer. */
async function encodeWebCodecs(
  renderer: FrameRenderer,
  plan: FramePlan,
  { onProgress, signal }: RecordOptions,
): Promise<Blob | null> {
  const { width, height } = renderer.canvas;
  const bitrate = Math.round(width * height * VIDEO_FPS * 0.1);
  let chosen: { config: VideoEncoderConfig; mux: string } | null = null;
  for (const [codec, mux] of CODECS) {
    const config: VideoEncoderConfig = {
      codec,
      width,
      height,
      bitrate,
      framerate: VIDEO_FPS,
      latencyMode: 'realtime',
    };
    const support = await VideoEncoder.isConfigSupported(config).catch(() => null);
    if (support?.supported) {
      chosen = { config, mux };
      break;
    }
  }
  if (!chosen) return null;
  const { Muxer, ArrayBufferTarget } = await import('webm-muxer');
  const muxer = new Muxer({
    target: new ArrayBufferTarget(),
    video: { codec: chosen.mux, width, height, frameRate: VIDEO_FPS },
  });
  let failure: unknown = null;
  const encoder = new VideoEncoder({
    output: (chunk, meta) => muxer.addVideoChunk(chunk, meta),
    error: (e) => {
      failure = e;
    },
  });
  encoder.configure(chosen.config);
  const ctx = renderer.canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const frameUs = 1e6 / VIDEO_FPS;
  try {
    for (let k = 0; k < plan.steps.length; k++) {
      if (signal.aborted) throw aborted();
      if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
      renderer.draw(plan.steps[k] ?? 0);
      // From the pixels, not from the canvas: a canvas-backed frame costs the encoder ~10× more.
      const frame = new VideoFrame(ctx.getImageData(0, 0, width, height).data, {
        format: 'RGBA',
        codedWidth: width,
        codedHeight: height,
        timestamp: Math.round(k * frameUs),
        duration: Math.round(frameUs),
      });
      encoder.encode(frame, { keyFrame: k % (2 * VIDEO_FPS) === 0 });
      frame.close();
      // Let the encoder keep up and the page stay responsive (progress, Cancel).
      while (encoder.encodeQueueSize > 4) await new Promise((r) => setTimeout(r, 5));
      onProgress((k + 1) / plan.steps.length);
      if (k % 4 === 3) await tick();
    }
    await encoder.flush();
  } finally {
    if (encoder.state !== 'closed') encoder.close();
  }
  if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
  muxer.finalize();
  return new Blob([muxer.target.buffer], { type: 'video/webm' });
}

/** The fallback: MediaRecorder on the canvas's stream, one frame requested every 1/30 s. */
async function encodeMediaRecorder(
  renderer: FrameRenderer,
  plan: FramePlan,
  { onProgress, signal }: RecordOptions,
): Promise<Blob> {
  const stream = renderer.canvas.captureStream(0);
  const track = stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack | undefined;
  const type = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'].find((t) =>
    MediaRecorder.isTypeSupported(t),
  );
  if (!track || !type) throw new Error('This browser cannot record video.');
  const recorder = new MediaRecorder(stream, { mimeType: type });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => chunks.push(e.data);
  const stopped = new Promise<void>((r) => (recorder.onstop = () => r()));
  recorder.start();
  try {
    for (let k = 0; k < plan.steps.length; k++) {
      if (signal.aborted) throw aborted();
      renderer.draw(plan.steps[k] ?? 0);
      track.requestFrame();
      onProgress((k + 1) / plan.steps.length);
      await new Promise((r) => setTimeout(r, 1000 / VIDEO_FPS));
    }
  } finally {
    recorder.stop();
    track.stop();
  }
  await stopped;
  return new Blob(chunks, { type: 'video/webm' });
}

/**
 * Records the descent as a WebM video: from step 0 to the step on screen (or the next 10 s of
 * play from step 0), 30 frames a second, at most 300 frames, each drawn off screen.
 */
export async function recordVideo(state: AppState, options: RecordOptions): Promise<Blob> {
  const plan = planFrames(state.step, state.settings.speed);
  const probe = document.querySelector('.plot-panel .plot svg.plot-svg');
  const cssWidth = probe instanceof SVGSVGElement ? probe.width.baseVal.value : TARGET_WIDTH;
  const scale = Math.min(2, Math.max(1, TARGET_WIDTH / Math.max(1, cssWidth)));
  const renderer = await createFrameRenderer(reaching(state, plan), scale);
  if (typeof VideoEncoder === 'function' && typeof VideoFrame === 'function') {
    const blob = await encodeWebCodecs(renderer, plan, options);
    if (blob) return blob;
  }
  return encodeMediaRecorder(renderer, plan, options);
}

/** Records the same descent as an animated GIF (15 frames a second, one shared palette). */
export async function recordGif(state: AppState, options: RecordOptions): Promise<Blob> {
  const fps = 15;
  const plan = planFrames(state.step, state.settings.speed, fps);
  const renderer = await createFrameRenderer(reaching(state, plan), 1);
  const { GIFEncoder, quantize, applyPalette } = await import('gifenc');
  const { canvas } = renderer;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const pixels = () => ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  // The last frame holds every colour the video will show: one palette for all frames.
  renderer.draw(plan.end);
  const palette = quantize(pixels(), 256);
  const gif = GIFEncoder();
  // The paths only grow, so drawing restarts from step 0 with a fresh renderer.
  const frames = await createFrameRenderer(reaching(state, plan), 1);
  const fctx = frames.canvas.getContext('2d');
  if (!fctx) throw new Error('no 2D canvas');
  for (let k = 0; k < plan.steps.length; k++) {
    if (options.signal.aborted) throw aborted();
    frames.draw(plan.steps[k] ?? 0);
    const data = fctx.getImageData(0, 0, canvas.width, canvas.height).data;
    // The first frame carries the palette as the GIF's global colour table; the rest use it.
    gif.writeFrame(applyPalette(data, palette), canvas.width, canvas.height, {
      ...(k === 0 ? { palette } : {}),
      delay: Math.round(1000 / fps),
    });
    options.onProgress((k + 1) / plan.steps.length);
    if (k % 2 === 1) await tick();
  }
  gif.finish();
  return new Blob([new Uint8Array(gif.bytes())], { type: 'image/gif' });
}
