/**
 * A force-directed layout (Fruchterman & Reingold, 1991) computed when the report is built, so that the
 * page only draws: every pair of nodes repels, every edge pulls its ends together, and a weak pull to
 * the centre keeps separate components in view. Deterministic: the same graph always gets the same
 * picture (nodes start on a golden-angle spiral, most connected first, so hubs settle in the middle).
 */

export interface LayoutEdge {
  source: number;
  target: number;
  /** How many facts join the two: heavier edges pull harder. */
  weight: number;
}

export interface LayoutOptions {
  width: number;
  height: number;
  iterations?: number;
  /** Empty border kept free for labels. */
  margin?: number;
}

export interface Point {
  x: number;
  y: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const GRAVITY = 1;
const MAX_STRETCH = 1.5;

/** Positions for nodes 0..count-1 inside [margin, width-margin] x [margin, height-margin]. */
export function forceLayout(count: number, edges: readonly LayoutEdge[], options: LayoutOptions): Point[] {
  const { width, height } = options;
  const iterations = options.iterations ?? 300;
  const margin = options.margin ?? 30;
  if (count === 0) return [];
  if (count === 1) return [{ x: width / 2, y: height / 2 }];

  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const dx = new Float64Array(count);
  const dy = new Float64Array(count);
  const k = Math.sqrt((width * height) / count) * 0.75;
  const spread = Math.min(width, height) / 2;
  for (let i = 0; i < count; i++) {
    const r = spread * Math.sqrt((i + 0.5) / count);
    x[i] = Math.cos(i * GOLDEN_ANGLE) * r;
    y[i] = Math.sin(i * GOLDEN_ANGLE) * r;
  }

  let temperature = spread / 4;
  const cooling = temperature / (iterations + 1);
  for (let step = 0; step < iterations; step++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < count; i++) {
      for (let j = i + 1; j < count; j++) {
        let ex = x[i] - x[j];
        let ey = y[i] - y[j];
        let d2 = ex * ex + ey * ey;
        if (d2 < 1e-4) {
          // Two nodes on the same spot: push them apart along a fixed direction rather than a random one.
          ex = 0.01 * (1 + (i % 7));
          ey = 0.01 * (1 + (j % 5));
          d2 = ex * ex + ey * ey;
        }
        const f = (k * k) / d2; // repulsion k²/d, times the unit vector (e/d)
        dx[i] += ex * f;
        dy[i] += ey * f;
        dx[j] -= ex * f;
        dy[j] -= ey * f;
      }
    }
    for (const { source: a, target: b, weight } of edges) {
      if (a === b) continue;
      const ex = x[a] - x[b];
      const ey = y[a] - y[b];
      const d = Math.sqrt(ex * ex + ey * ey) || 1e-3;
      const f = (d / k) * Math.sqrt(weight); // attraction d²/k, times the unit vector
      dx[a] -= ex * f;
      dy[a] -= ey * f;
      dx[b] += ex * f;
      dy[b] += ey * f;
    }
    for (let i = 0; i < count; i++) {
      dx[i] -= x[i] * GRAVITY;
      dy[i] -= y[i] * GRAVITY;
      const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
      if (d > 0) {
        const move = Math.min(d, temperature);
        x[i] += (dx[i] / d) * move;
        y[i] += (dy[i] / d) * move;
      }
    }
    temperature -= cooling;
  }
  return fitInto(x, y, width, height, margin);
}

/**
 * Scales the positions to fill the frame. The drawing may be stretched along one axis, by at most half
 * again, so that a round layout uses more of a wide frame.
 */
function fitInto(x: Float64Array, y: Float64Array, width: number, height: number, margin: number): Point[] {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < x.length; i++) {
    minX = Math.min(minX, x[i]);
    maxX = Math.max(maxX, x[i]);
    minY = Math.min(minY, y[i]);
    maxY = Math.max(maxY, y[i]);
  }
  const innerW = width - 2 * margin;
  const innerH = height - 2 * margin;
  const fitX = innerW / Math.max(maxX - minX, 1e-6);
  const fitY = innerH / Math.max(maxY - minY, 1e-6);
  const scaleX = Math.min(fitX, fitY * MAX_STRETCH);
  const scaleY = Math.min(fitY, fitX * MAX_STRETCH);
  const offX = margin + (innerW - (maxX - minX) * scaleX) / 2;
  const offY = margin + (innerH - (maxY - minY) * scaleY) / 2;
  const round = (v: number) => Math.round(v * 10) / 10;
  return Array.from(x, (_, i) => ({ x: round(offX + (x[i] - minX) * scaleX), y: round(offY + (y[i] - minY) * scaleY) }));
}
