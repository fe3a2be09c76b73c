// Seeded random numbers for the aggregation evaluation: the same seed gives the same stream on
// every machine. Streams are named (`fork`), so drawing more numbers for one part of a simulation
// never shifts the numbers of another.

export interface Random {
  /** The seed this stream was made from. */
  readonly seed: string;
  /** Uniform in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** Standard normal. */
  normal(): number;
  /** Standard Gumbel: the noise of a Plackett–Luce (softmax) choice. */
  gumbel(): number;
  /** An index drawn with probability proportional to its weight (weights ≥ 0, not all 0). */
  weighted(weights: readonly number[]): number;
  /** An independent stream named by `label`. */
  fork(label: string): Random;
}

/** A 32-bit hash of a string (xmur3), repeated to seed the generator's four words. */
function hashWords(text: string, count: number): number[] {
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  const words: number[] = [];
  for (let i = 0; i < count; i++) {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    words.push(h >>> 0);
  }
  return words;
}

/** A uniform number in [0, 1) from a string, without a stream: for stable tie-breaking. */
export function hashToUnit(text: string): number {
  return (hashWords(text, 1)[0] ?? 0) / 4294967296;
}

/** A stream from a seed: sfc32 (Small Fast Counting), 128 bits of state. */
export function createRandom(seed: string): Random {
  let [a, b, c, d] = hashWords(seed, 4) as [number, number, number, number];
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Discard the first outputs, which still carry the structure of the seed words.
  for (let i = 0; i < 12; i++) next();
  const open = () => {
    let u = next();
    while (u === 0) u = next();
    return u;
  };
  return {
    seed,
    next,
    int: (n) => Math.floor(next() * n),
    normal: () => Math.sqrt(-2 * Math.log(open())) * Math.cos(2 * Math.PI * next()),
    gumbel: () => -Math.log(-Math.log(open())),
    weighted: (weights) => {
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      let target = next() * total;
      for (let i = 0; i < weights.length; i++) {
        target -= weights[i] ?? 0;
        if (target < 0) return i;
      }
      return weights.length - 1;
    },
    fork: (label) => createRandom(`${seed}/${label}`),
  };
}
