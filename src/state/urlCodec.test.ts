import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_OPT, OPTIMIZERS } from '../core/optimizers/registry';
import { PRESETS, presetById, type PresetId } from '../core/presets';
import { parseUrl, serializeUrl, type UrlState } from './urlCodec';
import { SPEEDS } from './settings';

const settingsArb: fc.Arbitrary<UrlState> = fc
  .record({
    preset: fc.constantFrom(...PRESETS),
    x: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    y: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    eta: fc.double({ min: Number.MIN_VALUE, max: 10, noNaN: true }),
    beta: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    step: fc.integer({ min: 0, max: 100000 }),
    speed: fc.constantFrom(...SPEEDS),
    terms: fc.boolean(),
    embed: fc.boolean(),
    opt: fc.shuffledSubarray([...OPTIMIZERS.map((o) => o.id)], { minLength: 1, maxLength: 4 }),
    etaByRun: fc.dictionary(
      fc.constantFrom(...OPTIMIZERS.map((o) => o.id)),
      fc.double({ min: Number.MIN_VALUE, max: 10, noNaN: true }),
    ),
  })
  .map(({ preset, x, y, eta, beta, step, speed, terms, embed, opt, etaByRun }) => ({
    settings: {
      fn: preset.id,
      w0: (preset.dim === 1 ? [x] : [x, y]).map((v) => (Object.is(v, -0) ? 0 : v)),
      eta,
      beta: Object.is(beta, -0) ? 0 : beta,
      f: '',
      view: null,
      opt,
      etaByRun,
      noise: 0,
      seed: 1,
      cloud: 1,
      hide: [],
      speed,
      terms,
      embed,
    },
    step,
  }));

function valid(state: UrlState): boolean {
  const p = presetById(state.settings.fn as PresetId);
  const { w0, eta, beta, speed } = state.settings;
  return (
    w0.length === p.dim &&
    w0.every(Number.isFinite) &&
    eta > 0 &&
    eta <= 10 &&
    beta >= 0 &&
    beta < 1 &&
    SPEEDS.includes(speed) &&
    typeof state.settings.terms === 'boolean' &&
    typeof state.settings.embed === 'boolean' &&
    Number.isInteger(state.step) &&
    state.step >= 0 &&
    state.step <= 100000
  );
}

describe('parseUrl', () => {
  it('reads the example link of DESIGN §3', () => {
    const { settings, step, notices } = parseUrl('?fn=ravine&w0=-9,3&eta=0.035&beta=0.9&step=12');
    expect(notices).toEqual([]);
    expect(settings).toMatchObject({ fn: 'ravine', w0: [-9, 3], eta: 0.035, beta: 0.9 });
    expect(step).toBe(12);
  });

  it('gives missing keys the preset defaults', () => {
    const { settings, step } = parseUrl('?fn=rosenbrock');
    const p = presetById('rosenbrock');
    expect(settings).toMatchObject({ fn: 'rosenbrock', w0: p.w0, eta: p.eta, beta: p.beta });
    expect(step).toBe(0);
  });

  it('names the key and value of every bad entry and uses the default', () => {
    const { settings, notices } = parseUrl('?fn=quadratic&eta=0x10&beta=1&w0=1,2&step=-3');
    expect(notices.map((n) => [n.key, n.value])).toEqual([
      ['w0', '1,2'],
      ['eta', '0x10'],
      ['beta', '1'],
      ['step', '-3'],
    ]);
    expect(settings.eta).toBe(presetById('quadratic').eta);
  });

  it('rejects blanks, empty values, hex, Infinity and non-integer steps', () => {
    for (const q of [
      'eta=',
      'eta=%200.1',
      'eta=0x1',
      'eta=Infinity',
      'eta=1e400',
      'step=1.5',
      'beta=NaN',
    ])
      expect(parseUrl(`?fn=quadratic&${q}`).notices).toHaveLength(1);
  });

  it('notices an unknown preset and a repeated key, and ignores unknown keys', () => {
    const { settings, notices } = parseUrl('?fn=__proto__&fn=ravine&zzz=1&constructor=2');
    expect(settings.fn).toBe('double-well');
    expect(notices.map((n) => n.key).sort()).toEqual(['fn', 'fn']);
  });

  it('never throws and always yields valid settings on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(valid(parseUrl(s))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on near-valid structured queries', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        'v',
        'fn',
        'w0',
        'eta',
        'beta',
        'step',
        'speed',
        'terms',
        '__proto__',
        'constructor',
      ),
      fc.string(),
    );
    const value = fc.oneof(
      fc.constantFrom(
        'ravine',
        'quadratic',
        '1',
        '-9,3',
        '0.9',
        '1e309',
        '',
        ',',
        '<script>',
        '%',
        '1,2,3',
      ),
      fc.double().map(String),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, value), { maxLength: 12 }), (pairs) => {
        const q = pairs.map(([k, v]) => `${k}=${v}`).join('&');
        expect(valid(parseUrl(q))).toBe(true);
        expect(valid(parseUrl(`?${encodeURI(q)}`))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('serializeUrl', () => {
  it('parse(serialize(s)) = s for every valid state', () => {
    fc.assert(
      fc.property(settingsArb, (s) => {
        const back = parseUrl(serializeUrl(s));
        expect(back.notices).toEqual([]);
        expect({ settings: back.settings, step: back.step }).toEqual(s);
      }),
      { numRuns: 1000 },
    );
  });

  it('always carries v, fn, w0, eta, beta and step', () => {
    const q = serializeUrl({
      settings: {
        fn: 'ravine',
        w0: [-9, 3],
        eta: 0.035,
        beta: 0.9,
        f: '',
        view: null,
        opt: DEFAULT_OPT,
        etaByRun: {},
        noise: 0,
        seed: 1,
        cloud: 1,
        hide: [],
        speed: 8,
        terms: false,
        embed: false,
      },
      step: 12,
    });
    expect(q).toBe('?v=1&fn=ravine&w0=-9,3&eta=0.035&beta=0.9&step=12');
  });

  it('writes terms=1 only when the tip-to-tail terms are shown, and reads 1/0/true/false', () => {
    const q = serializeUrl({
      settings: {
        fn: 'ravine',
        w0: [-9, 3],
        eta: 0.035,
        beta: 0.9,
        f: '',
        view: null,
        opt: DEFAULT_OPT,
        etaByRun: {},
        noise: 0,
        seed: 1,
        cloud: 1,
        hide: [],
        speed: 8,
        terms: true,
        embed: false,
      },
      step: 12,
    });
    expect(q).toBe('?v=1&fn=ravine&w0=-9,3&eta=0.035&beta=0.9&step=12&terms=1');
    for (const [raw, on] of [
      ['1', true],
      ['true', true],
      ['0', false],
      ['false', false],
    ] as const)
      expect(parseUrl(`?fn=ravine&terms=${raw}`).settings.terms).toBe(on);
    const bad = parseUrl('?fn=ravine&terms=yes');
    expect(bad.settings.terms).toBe(false);
    expect(bad.notices.map((n) => [n.key, n.value])).toEqual([['terms', 'yes']]);
  });
});

describe('embed key', () => {
  it('reads embed=1 and writes it back, and leaves it out when off', () => {
    const on = parseUrl('?fn=ravine&embed=1');
    expect(on.settings.embed).toBe(true);
    expect(serializeUrl(on)).toContain('embed=1');
    expect(serializeUrl(parseUrl('?fn=ravine'))).not.toContain('embed');
    expect(parseUrl('?embed=yes').notices.map((n) => n.key)).toEqual(['embed']);
  });
});

describe('opt and eta.<id>', () => {
  it('reads the runs in order and per-run η, and writes them back', () => {
    const q = '?v=1&fn=ravine&w0=-9,3&eta=0.035&beta=0.9&step=0&opt=adam,sgd,nesterov&eta.adam=0.5';
    const { settings, notices } = parseUrl(q);
    expect(notices).toEqual([]);
    expect(settings.opt).toEqual(['adam', 'sgd', 'nesterov']);
    expect(settings.etaByRun).toEqual({ adam: 0.5 });
    expect(serializeUrl({ settings, step: 0 })).toBe(q);
  });

  it('leaves opt out of the link when it is the default', () => {
    const { settings } = parseUrl('?fn=ravine&opt=sgd,momentum');
    expect(serializeUrl({ settings, step: 0 })).not.toContain('opt=');
  });

  for (const [bad, why] of [
    ['sgd,sgd', 'twice'],
    ['sgd,lion', 'lion'],
    ['', 'names no optimizer'],
    ['sgd,momentum,nesterov,adam,rmsprop', 'at most 4'],
    ['sgd,,momentum', 'not an optimizer'],
  ] as const) {
    it(`opt=${bad} gets a notice naming the key, the value and the default`, () => {
      const { settings, notices } = parseUrl(`?fn=ravine&opt=${bad}`);
      expect(settings.opt).toEqual(DEFAULT_OPT);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ key: 'opt', value: bad });
      expect(notices[0]?.message).toContain(why);
      expect(notices[0]?.message).toContain('using the default sgd,momentum');
    });
  }

  it('bad eta.<id> values and unknown ids get notices; the run follows the shared η', () => {
    const { settings, notices } = parseUrl('?fn=ravine&eta.adam=0&eta.lion=0.1&eta.sgd=0x1');
    expect(settings.etaByRun).toEqual({});
    expect(notices.map((n) => n.key).sort()).toEqual(['eta.adam', 'eta.lion', 'eta.sgd']);
  });
});

describe('custom loss, view, noise, seed, cloud and hide keys', () => {
  it('round-trips every new key', () => {
    const q =
      '?v=1&fn=custom&f=x%5E2+%2B+10*y%5E2&w0=-2,2&eta=0.01&beta=0.9&step=3&view=-4,4,-3,3&noise=0.5&seed=42&cloud=16&hide=eta,runs';
    const { settings, notices, step } = parseUrl(q);
    expect(notices).toEqual([]);
    expect(settings).toMatchObject({
      fn: 'custom',
      f: 'x^2 + 10*y^2',
      view: [
        [-4, 4],
        [-3, 3],
      ],
      noise: 0.5,
      seed: 42,
      cloud: 16,
      hide: ['eta', 'runs'],
    });
    expect(parseUrl(serializeUrl({ settings, step })).settings).toEqual(settings);
  });

  it('a custom loss reads its dimension from its variables', () => {
    expect(parseUrl('?fn=custom&f=w^4-w').settings.w0).toHaveLength(1);
    expect(parseUrl('?fn=custom&f=sin(x)*y').settings.w0).toHaveLength(2);
    expect(parseUrl('?fn=custom&f=exp(w)&w0=1,2').notices[0]?.key).toBe('w0');
  });

  for (const [q, key] of [
    ['?fn=custom', 'f'],
    [`?fn=custom&f=${'x'.repeat(301)}`, 'f'],
    ['?fn=ravine&view=1,0,0,1', 'view'],
    ['?fn=ravine&view=0,1', 'view'],
    ['?fn=quadratic&view=a,b', 'view'],
    ['?fn=ravine&noise=-1', 'noise'],
    ['?fn=ravine&noise=1001', 'noise'],
    ['?fn=ravine&seed=1.5', 'seed'],
    ['?fn=ravine&seed=4294967296', 'seed'],
    ['?fn=ravine&cloud=0', 'cloud'],
    ['?fn=ravine&cloud=65', 'cloud'],
    ['?fn=ravine&hide=eta,script', 'hide'],
  ] as const) {
    it(`${q.slice(0, 40)} gets a notice on ${key}`, () => {
      const { notices } = parseUrl(q);
      expect(notices.map((n) => n.key)).toContain(key);
    });
  }
});
