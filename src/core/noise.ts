import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** The largest noise seed (the URL's `seed` is an integer 0 … 4294967295, DESIGN §3). */
export const MAX_NOISE_SEED = 4294967295;

/**
 * Seeded gradient noise shared by every run (DESIGN §8): σ·ξ_t with ξ_t ~ N(0, I) in `dim`
 * components, for steps t ≥ 1. Random access and deterministic: the value at step t depends only
 * on (seed, dim, t), never on which steps were asked for before or in what order.
 */
export interface NoiseSource {
  readonly sigma: number;
  readonly seed: number;
  readonly dim: number;
  /**
   * Writes σ·ξ_t (dim numbers) into `out[0 … dim−1]` for step t. t must be an integer ≥ 1:
   * step 0 is w₀, where no gradient is taken, so it has no noise (the CSV's row 0 shows 0).
   * Throws a RangeError otherwise. Allocates nothing except when the cache grows (by doubling).
   */
  fill(t: number, out: number[]): void;
}

const TWO_POW_26 = 67108864;
const TWO_POW_MINUS_53 = 1 / 9007199254740992;
const TWO_PI = 2 * Math.PI;

/**
 * SplitMix32 (the 32-bit SplitMix finaliser over a Weyl sequence), used only to spread the seed
 * over xoroshiro128+'s 128-bit state. Seeding xoroshiro128+ directly with the integer would make
 * neighbouring seeds (a noise cloud runs seed … seed+K−1) start with almost equal outputs: its
 * first output is ~seed itself. The mixer is a bijection of 32-bit words, so the four words are
 * never all zero.
 */
function seededState(seed: number): number[] {
  let s = seed >>> 0;
  const words: number[] = [];
  for (let i = 0; i < 4; i++) {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    words.push((z ^ (z >>> 15)) | 0);
  }
  return words;
}

/**
 * 53 random bits from two generator outputs, taking the high bits of each (the low bits of
 * xoroshiro128+ are its weakest): k = (a >>> 5)·2²⁶ + (b >>> 6), 0 ≤ k < 2⁵³.
 */
function bits53(rng: RandomGenerator): number {
  const a = rng.next() >>> 5;
  const b = rng.next() >>> 6;
  return a * TWO_POW_26 + b;
}

/**
 * Creates the noise for one seed. The standard normals z_0, z_1, … are drawn in pairs by
 * Box–Muller from xoroshiro128+ (pure-rand), seeded through {@link seededState}:
 *
 *   u₁ = (k₁ + 1)·2⁻⁵³ ∈ (0, 1]   (so log u₁ is finite: never log 0)
 *   u₂ = k₂·2⁻⁵³ ∈ [0, 1)
 *   z_{2j} = √(−2 ln u₁)·cos(2πu₂),  z_{2j+1} = √(−2 ln u₁)·sin(2πu₂)
 *
 * and ξ_t is z_{(t−1)·dim} … z_{(t−1)·dim + dim − 1}. They are generated in order into a cache
 * that grows by doubling, so any step can be asked for in any order and gets the same numbers.
 * (Bit-identical on one JavaScript engine; Math.log/cos/sin may differ in the last bit between
 * engines, as every loss's Math.* does.)
 */
export function createNoise(seed: number, sigma: number, dim: number): NoiseSource {
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_NOISE_SEED) {
    throw new RangeError(`noise seed must be an integer 0 … ${MAX_NOISE_SEED}, got ${seed}`);
  }
  if (!Number.isFinite(sigma) || sigma < 0) {
    throw new RangeError(`noise σ must be finite and ≥ 0, got ${sigma}`);
  }
  if (!Number.isInteger(dim) || dim < 1) {
    throw new RangeError(`noise dimension must be a positive integer, got ${dim}`);
  }
  const rng = xoroshiro128plusFromState(seededState(seed));
  let z = new Float64Array(0);
  let count = 0;

  const ensure = (n: number): void => {
    if (n <= count) return;
    if (n > z.length) {
      let size = Math.max(256, z.length * 2);
      while (size < n) size *= 2;
      const grown = new Float64Array(size);
      grown.set(z.subarray(0, count));
      z = grown;
    }
    while (count < n) {
      const u1 = (bits53(rng) + 1) * TWO_POW_MINUS_53;
      const u2 = bits53(rng) * TWO_POW_MINUS_53;
      const r = Math.sqrt(-2 * Math.log(u1));
      const theta = TWO_PI * u2;
      z[count] = r * Math.cos(theta);
      z[count + 1] = r * Math.sin(theta);
      count += 2;
    }
  };

  return {
    sigma,
    seed,
    dim,
    fill(t: number, out: number[]): void {
      if (!Number.isInteger(t) || t < 1) {
        throw new RangeError(`noise is drawn for steps t ≥ 1, got t = ${t}`);
      }
      const base = (t - 1) * dim;
      if (sigma === 0) {
        for (let i = 0; i < dim; i++) out[i] = 0;
        return;
      }
      ensure(base + dim);
      for (let i = 0; i < dim; i++) out[i] = sigma * (z[base + i] ?? 0);
    },
  };
}
