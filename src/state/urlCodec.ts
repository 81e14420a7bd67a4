import {
  customDefaults,
  DEFAULT_PRESET_ID,
  findPreset,
  presetById,
  type Interval,
  type LossId,
  type Preset,
} from '../core/presets';
import { MAX_STEPS } from '../core/trajectory';
import { formatDecimal, parseDecimal, parsePoint } from '../core/decimal';
import type { Vec } from '../core/vector';
import {
  DEFAULT_OPT,
  isOptimizerId,
  MAX_RUNS,
  MIN_RUNS,
  OPTIMIZERS,
  type OptimizerId,
} from '../core/optimizers/registry';
import { MAX_NOISE_SEED } from '../core/noise';
import {
  DEFAULT_SPEED,
  HIDEABLE,
  MAX_CLOUD,
  MAX_ETA,
  MAX_NOISE,
  MAX_VIEW,
  SPEEDS,
  type EtaOverrides,
  type Settings,
} from './settings';

/** The URL schema version this codec reads and writes (DESIGN §3). */
export const SCHEMA_VERSION = '1';

/** What the URL holds: the settings plus the step on screen. */
export interface UrlState {
  readonly settings: Settings;
  /** The step t on screen, an integer 0 … 100000. */
  readonly step: number;
}

/** A visible complaint about one bad URL value, which was ignored in favour of the default. */
export interface Notice {
  readonly key: string;
  /** The offending value, as text (shown escaped, never as markup). */
  readonly value: string;
  readonly message: string;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/** How one query value is read, written and defaulted (the common case of a key). */
interface ValueSpec<T> {
  readonly key: string;
  /** Reads a raw value; `preset` is the already-parsed preset. */
  readonly parse: (raw: string, preset: LossShape) => Parsed<T>;
  readonly serialize: (value: T) => string;
  /** The value when the key is missing or bad. */
  readonly fallback: (preset: LossShape) => T;
  /** Written only when it differs from the fallback (the contract keys are always written). */
  readonly optional?: boolean;
}

/** How one setting travels in the query: read from all params (with notices) and written back. */
interface FieldSpec<T> {
  readonly read: (params: URLSearchParams, preset: LossShape, notices: Notice[]) => T;
  readonly write: (value: T, out: URLSearchParams, preset: LossShape) => void;
}

/** A setting held by one key: parse or fall back with a notice naming key, value and default. */
function single<T>(spec: ValueSpec<T>): FieldSpec<T> {
  return {
    read: (params, preset, notices) => {
      const raw = firstValue(params, spec.key, notices);
      const fallback = spec.fallback(preset);
      if (raw === null) return fallback;
      const parsed = spec.parse(raw, preset);
      if (parsed.ok) return parsed.value;
      notices.push({
        key: spec.key,
        value: quote(raw),
        message: `${parsed.reason}; using the default ${spec.serialize(fallback)}`,
      });
      return fallback;
    },
    write: (value, out, preset) => {
      const text = spec.serialize(value);
      if (spec.optional && text === spec.serialize(spec.fallback(preset))) return;
      out.set(spec.key, text);
    },
  };
}

/** What the codec needs of the loss to validate and default the other keys. */
export type LossShape = Pick<Preset, 'dim' | 'view' | 'w0' | 'eta' | 'beta'> & {
  readonly id: LossId;
};

/** Longest custom expression a link may carry (DESIGN §3). */
export const MAX_F_LENGTH = 300;

/**
 * The dimension a custom expression declares by its variables: 2 when it names x or y, else 1.
 * Only a first reading for validating w₀ and view; the expression itself is checked when compiled.
 */
export function customDim(f: string): 1 | 2 {
  return /(^|[^A-Za-z_])[xy]($|[^A-Za-z_(])/.test(f) ? 2 : 1;
}

/** The shape of a custom loss before it is compiled: its dimension and default settings. */
export function customShape(f: string): LossShape {
  return { id: 'custom', dim: customDim(f), ...customDefaults(customDim(f)) };
}

type Fields = Omit<Settings, 'fn' | 'f'> & { readonly step: number };

function number(check: (n: number) => string | null): (raw: string) => Parsed<number> {
  return (raw) => {
    const n = parseDecimal(raw);
    if (n === undefined) return { ok: false, reason: 'is not a plain decimal number' };
    const why = check(n);
    return why ? { ok: false, reason: why } : { ok: true, value: n };
  };
}

/** An on/off view preference written as 1 or 0, off by default and then left out of the URL. */
function flag(key: string): FieldSpec<boolean> {
  return single({
    key,
    parse: (raw) =>
      raw === '1' || raw === 'true'
        ? { ok: true, value: true }
        : raw === '0' || raw === 'false'
          ? { ok: true, value: false }
          : { ok: false, reason: 'must be 1 or 0' },
    serialize: (on) => (on ? '1' : '0'),
    fallback: () => false,
    optional: true,
  });
}

const ETA_PREFIX = 'eta.';

/** `view`: xmin,xmax (1D) or xmin,xmax,ymin,ymax (2D), finite, each min < max. */
function parseView(raw: string, preset: LossShape): Parsed<readonly Interval[] | null> {
  const parts = raw.split(',');
  if (parts.length !== 2 * preset.dim)
    return {
      ok: false,
      reason: `needs ${2 * preset.dim} numbers (${preset.dim === 1 ? 'xmin,xmax' : 'xmin,xmax,ymin,ymax'})`,
    };
  const nums = parts.map(parseDecimal);
  if (nums.some((n) => n === undefined || Math.abs(n) > MAX_VIEW))
    return { ok: false, reason: `must be plain decimal numbers within ±${MAX_VIEW}` };
  const axes: Interval[] = [];
  for (let i = 0; i < preset.dim; i++) {
    const lo = nums[2 * i] ?? 0;
    const hi = nums[2 * i + 1] ?? 0;
    if (!(lo < hi)) return { ok: false, reason: 'each min must be below its max' };
    axes.push([lo, hi]);
  }
  return { ok: true, value: axes };
}

/** `hide`: comma-separated names of controls from HIDEABLE, each once. */
function parseHide(raw: string): Parsed<readonly string[]> {
  const names = raw.split(',');
  const bad = names.find((n) => !HIDEABLE.includes(n));
  if (bad !== undefined)
    return {
      ok: false,
      reason: `"${quote(bad)}" is not a control that can be hidden (${HIDEABLE.join(', ')})`,
    };
  return { ok: true, value: HIDEABLE.filter((n) => names.includes(n)) };
}

const parseEta = number((n) =>
  n > 0 && n <= MAX_ETA ? null : `must be above 0 and at most ${MAX_ETA}`,
);

/** `opt`: 1–4 distinct optimizer ids, comma-separated, in the order shown. */
function parseOpt(raw: string): Parsed<readonly OptimizerId[]> {
  const ids = raw.split(',');
  if (raw === '' || ids.length < MIN_RUNS) return { ok: false, reason: 'names no optimizer' };
  const unknown = ids.find((id) => !isOptimizerId(id));
  if (unknown !== undefined)
    return {
      ok: false,
      reason: `"${quote(unknown)}" is not an optimizer (one of ${OPTIMIZERS.map((o) => o.id).join(', ')})`,
    };
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice !== undefined) return { ok: false, reason: `lists ${twice} twice` };
  if (ids.length > MAX_RUNS)
    return { ok: false, reason: `lists ${ids.length} runs; at most ${MAX_RUNS}` };
  return { ok: true, value: ids.filter(isOptimizerId) };
}

/** `eta.<id>` keys: one run's own η, validated as `eta`; unknown ids and bad values get notices. */
function readEtaOverrides(
  params: URLSearchParams,
  _preset: LossShape,
  notices: Notice[],
): EtaOverrides {
  const out: Partial<Record<OptimizerId, number>> = {};
  const seen = new Set<string>();
  for (const key of params.keys()) {
    if (!key.startsWith(ETA_PREFIX) || seen.has(key)) continue;
    seen.add(key);
    const id = key.slice(ETA_PREFIX.length);
    const raw = firstValue(params, key, notices) ?? '';
    if (!isOptimizerId(id)) {
      notices.push({
        key: quote(key),
        value: quote(raw),
        message: `${quote(id)} is not an optimizer; ignored`,
      });
      continue;
    }
    const parsed = parseEta(raw);
    if (parsed.ok) out[id] = parsed.value;
    else
      notices.push({
        key,
        value: quote(raw),
        message: `${parsed.reason}; ${id} follows the shared η`,
      });
  }
  return out;
}

/**
 * The one table of query keys: parse and serialize are both driven by it, and adding a field
 * to Settings does not compile until its key is decided here.
 */
const FIELDS: { readonly [K in keyof Fields]: FieldSpec<Fields[K]> } = {
  w0: single<Vec>({
    key: 'w0',
    parse: (raw, preset) => {
      const point = parsePoint(raw, preset.dim);
      if (!Array.isArray(point)) return { ok: false, reason: `${point.error} for ${preset.id}` };
      return { ok: true, value: point };
    },
    serialize: (w) => w.map(formatDecimal).join(','),
    fallback: (p) => p.w0,
  }),
  eta: single({
    key: 'eta',
    parse: parseEta,
    serialize: formatDecimal,
    fallback: (p) => p.eta,
  }),
  beta: single({
    key: 'beta',
    parse: number((n) => (n >= 0 && n < 1 ? null : 'must be at least 0 and below 1')),
    serialize: formatDecimal,
    fallback: (p) => p.beta,
  }),
  step: single({
    key: 'step',
    parse: number((n) =>
      Number.isInteger(n) && n >= 0 && n <= MAX_STEPS
        ? null
        : `must be a whole number from 0 to ${MAX_STEPS}`,
    ),
    serialize: formatDecimal,
    fallback: () => 0,
  }),
  speed: single({
    key: 'speed',
    parse: number((n) => (SPEEDS.includes(n) ? null : `must be one of ${SPEEDS.join(', ')}`)),
    serialize: formatDecimal,
    fallback: () => DEFAULT_SPEED,
    optional: true,
  }),
  opt: single({
    key: 'opt',
    parse: parseOpt,
    serialize: (ids) => ids.join(','),
    fallback: () => DEFAULT_OPT,
    optional: true,
  }),
  view: single<readonly Interval[] | null>({
    key: 'view',
    parse: parseView,
    serialize: (v) => (v ? v.flat().map(formatDecimal).join(',') : ''),
    fallback: () => null,
    optional: true,
  }),
  noise: single({
    key: 'noise',
    parse: number((n) => (n >= 0 && n <= MAX_NOISE ? null : `must be from 0 to ${MAX_NOISE}`)),
    serialize: formatDecimal,
    fallback: () => 0,
    optional: true,
  }),
  seed: single({
    key: 'seed',
    parse: number((n) =>
      Number.isInteger(n) && n >= 0 && n <= MAX_NOISE_SEED
        ? null
        : `must be a whole number from 0 to ${MAX_NOISE_SEED}`,
    ),
    serialize: formatDecimal,
    fallback: () => 1,
    optional: true,
  }),
  cloud: single({
    key: 'cloud',
    parse: number((n) =>
      Number.isInteger(n) && n >= 1 && n <= MAX_CLOUD
        ? null
        : `must be a whole number from 1 to ${MAX_CLOUD}`,
    ),
    serialize: formatDecimal,
    fallback: () => 1,
    optional: true,
  }),
  hide: single<readonly string[]>({
    key: 'hide',
    parse: parseHide,
    serialize: (names) => names.join(','),
    fallback: () => [],
    optional: true,
  }),
  etaByRun: {
    read: readEtaOverrides,
    write: (overrides, out) => {
      for (const o of OPTIMIZERS) {
        const eta = overrides[o.id];
        if (eta !== undefined) out.set(`${ETA_PREFIX}${o.id}`, formatDecimal(eta));
      }
    },
  },
  terms: flag('terms'),
  embed: flag('embed'),
};

const FIELD_NAMES = Object.keys(FIELDS) as (keyof Fields)[];

/** Longest value quoted back in a notice, so a megabyte-long link cannot flood the page. */
const QUOTE_LIMIT = 60;

function quote(raw: string): string {
  return raw.length > QUOTE_LIMIT ? `${raw.slice(0, QUOTE_LIMIT)}…` : raw;
}

/** First value of a key, with a notice when the key is repeated. */
function firstValue(params: URLSearchParams, key: string, notices: Notice[]): string | null {
  const all = params.getAll(key);
  if (all.length > 1)
    notices.push({
      key,
      value: quote(all.slice(1).join(', ')),
      message: `${key} appears ${all.length} times; the first value is used`,
    });
  return all[0] ?? null;
}

/**
 * Reads a query string into valid settings. Never throws: a missing key takes the preset's
 * default, a bad one takes it too and adds a notice naming the key and value; unknown keys are ignored.
 */
export function parseUrl(search: string): UrlState & { readonly notices: readonly Notice[] } {
  const notices: Notice[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const version = firstValue(params, 'v', notices);
  if (version !== null && version !== SCHEMA_VERSION)
    notices.push({
      key: 'v',
      value: quote(version),
      message: `link schema version is not ${SCHEMA_VERSION}; reading it as version ${SCHEMA_VERSION}`,
    });

  // `fn` and `f` are read before the table: every other key's validity and default depend on
  // the loss (its dimension, its default view, w₀, η and β).
  const { shape, f } = readLoss(params, notices);

  const out: Record<string, unknown> = {};
  for (const name of FIELD_NAMES) {
    const spec = FIELDS[name] as FieldSpec<unknown>;
    out[name] = spec.read(params, shape, notices);
  }
  const fields = out as unknown as Fields;
  const { step, ...rest } = fields;
  return { settings: { fn: shape.id, f, ...rest }, step, notices };
}

/**
 * Reads `fn` (a preset id, or `custom` with an expression `f` of at most 300 characters) into the
 * loss's shape. A bad `fn`, or `custom` without a usable `f`, falls back to the default preset
 * with a notice. The expression is only checked for length here; compiling it is the caller's.
 */
function readLoss(params: URLSearchParams, notices: Notice[]): { shape: LossShape; f: string } {
  const fnRaw = firstValue(params, 'fn', notices);
  const fRaw = firstValue(params, 'f', notices);
  const fallback = presetById(DEFAULT_PRESET_ID);
  if (fnRaw === 'custom') {
    const f = (fRaw ?? '').trim();
    if (f !== '' && f.length <= MAX_F_LENGTH) return { shape: customShape(f), f };
    notices.push({
      key: 'f',
      value: quote(fRaw ?? ''),
      message:
        f === ''
          ? `fn=custom needs an expression f; using ${fallback.id}`
          : `is longer than ${MAX_F_LENGTH} characters; using ${fallback.id}`,
    });
    return { shape: fallback, f: '' };
  }
  if (fnRaw === null) return { shape: fallback, f: '' };
  const found = findPreset(fnRaw);
  if (found) return { shape: found, f: '' };
  notices.push({
    key: 'fn',
    value: quote(fnRaw),
    message: `is not a known loss; using ${fallback.id}`,
  });
  return { shape: fallback, f: '' };
}

/** Writes settings and step as a query string (with `?`), contract keys always, in schema order. */
export function serializeUrl(state: UrlState): string {
  const { fn, f } = state.settings;
  const preset = fn === 'custom' ? customShape(f) : presetById(fn);
  const params = new URLSearchParams();
  params.set('v', SCHEMA_VERSION);
  params.set('fn', fn);
  if (fn === 'custom') params.set('f', f);
  const fields: Fields = { ...state.settings, step: state.step };
  for (const name of FIELD_NAMES) {
    const spec = FIELDS[name] as FieldSpec<unknown>;
    spec.write(fields[name], params, preset);
  }
  // URLSearchParams escapes commas; w0's comma list reads better unescaped and is still valid.
  return `?${params.toString().replace(/%2C/g, ',')}`;
}
