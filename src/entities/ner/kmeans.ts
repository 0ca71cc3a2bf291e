import { mulberry32 } from './random.js';

export interface KMeansOptions {
  /** Number of clusters at each level: [32, 32] splits the words in 32 groups, then each group in 32. */
  levels: readonly number[];
  iterations: number;
  seed: number;
  /** Centroids are fitted on the first `fitOn` rows (the most frequent words); every row is then assigned. */
  fitOn: number;
}

/**
 * Hierarchical k-means over unit vectors (cosine similarity), deterministic for a seed. Returns, for each
 * row, its leaf number; the leaf number's leading digits (in the mixed radix of `levels`) are its coarser
 * clusters, as the bit prefixes of Brown clusters are. `vectors` holds `rows` vectors of `dims` floats.
 */
export function hierarchicalKMeans(vectors: Float32Array, rows: number, dims: number, options: KMeansOptions): Uint32Array {
  const random = mulberry32(options.seed);
  const leaf = new Uint32Array(rows);
  let groups: number[][] = [Array.from({ length: rows }, (_, i) => i)];
  for (const k of options.levels) {
    const next: number[][] = [];
    for (const members of groups) {
      const fit = members.filter((r) => r < options.fitOn);
      const assignment = kMeans(vectors, dims, members, fit.length >= k ? fit : members, k, options.iterations, random);
      const parts: number[][] = Array.from({ length: k }, () => []);
      members.forEach((r, i) => {
        parts[assignment[i]].push(r);
        leaf[r] = leaf[r] * k + assignment[i];
      });
      next.push(...parts);
    }
    groups = next;
  }
  return leaf;
}

/** Spherical k-means of `members` with centroids fitted on `fit`; returns each member's cluster. */
function kMeans(vectors: Float32Array, dims: number, members: readonly number[], fit: readonly number[], k: number, iterations: number, random: () => number): Uint16Array {
  const out = new Uint16Array(members.length);
  if (members.length === 0) return out;
  const centroids = new Float32Array(k * dims);
  for (let c = 0; c < k; c++) {
    const r = fit[Math.floor(random() * fit.length)];
    centroids.set(vectors.subarray(r * dims, r * dims + dims), c * dims);
  }
  const nearest = (r: number): number => {
    let best = 0;
    let bestDot = -Infinity;
    const base = r * dims;
    for (let c = 0; c < k; c++) {
      let dot = 0;
      const cb = c * dims;
      for (let d = 0; d < dims; d++) dot += vectors[base + d] * centroids[cb + d];
      if (dot > bestDot) {
        bestDot = dot;
        best = c;
      }
    }
    return best;
  };
  for (let it = 0; it < iterations; it++) {
    const sums = new Float64Array(k * dims);
    const counts = new Uint32Array(k);
    for (const r of fit) {
      const c = nearest(r);
      counts[c]++;
      for (let d = 0; d < dims; d++) sums[c * dims + d] += vectors[r * dims + d];
    }
    for (let c = 0; c < k; c++) {
      if (counts[c] === 0) {
        // An empty cluster restarts on a random word, so that every cluster ends up used.
        const r = fit[Math.floor(random() * fit.length)];
        centroids.set(vectors.subarray(r * dims, r * dims + dims), c * dims);
        continue;
      }
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += sums[c * dims + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) centroids[c * dims + d] = sums[c * dims + d] / norm;
    }
  }
  members.forEach((r, i) => (out[i] = nearest(r)));
  return out;
}
