// Coreference scores as in the CoNLL-2012 reference scorer: MUC, B³, CEAF-e (φ4) and their mean (CoNLL F1).
// Clusters are arrays of mention ids; a mention missing from one side counts as unresolved (as the scorer does).

export interface PRF {
  p: number;
  r: number;
  f: number;
}

export interface CorefScores {
  muc: PRF;
  b3: PRF;
  ceafe: PRF;
  conll: number;
}

function prf(pNum: number, pDen: number, rNum: number, rDen: number): PRF {
  const p = pDen ? pNum / pDen : 0;
  const r = rDen ? rNum / rDen : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

function clusterIndex(clusters: string[][]): Map<string, number> {
  const idx = new Map<string, number>();
  clusters.forEach((c, i) => c.forEach((m) => idx.set(m, i)));
  return idx;
}

/** MUC numerator/denominator: Σ(|k| − |partitions of k by the other side|) / Σ(|k| − 1). */
function mucSide(keys: string[][], other: Map<string, number>): [number, number] {
  let num = 0;
  let den = 0;
  for (const k of keys) {
    const parts = new Set<string>();
    for (const m of k) {
      const o = other.get(m);
      parts.add(o === undefined ? `single:${m}` : `c${o}`);
    }
    num += k.length - parts.size;
    den += k.length - 1;
  }
  return [num, den];
}

export function muc(key: string[][], response: string[][]): PRF {
  const [rn, rd] = mucSide(key, clusterIndex(response));
  const [pn, pd] = mucSide(response, clusterIndex(key));
  return prf(pn, pd, rn, rd);
}

/** B³ numerator: Σ over clusters of Σ over overlapping other clusters |k∩r|²/|k|; denominator: mentions. */
function b3Side(keys: string[][], other: Map<string, number>): [number, number] {
  let num = 0;
  let den = 0;
  for (const k of keys) {
    const overlap = new Map<number, number>();
    for (const m of k) {
      const o = other.get(m);
      if (o !== undefined) overlap.set(o, (overlap.get(o) ?? 0) + 1);
    }
    for (const n of overlap.values()) num += (n * n) / k.length;
    den += k.length;
  }
  return [num, den];
}

export function b3(key: string[][], response: string[][]): PRF {
  const [rn, rd] = b3Side(key, clusterIndex(response));
  const [pn, pd] = b3Side(response, clusterIndex(key));
  return prf(pn, pd, rn, rd);
}

/** Maximum-weight assignment of rows to distinct columns (rows ≤ columns), Hungarian method in O(n²m). */
export function maxAssignment(w: number[][]): number {
  const n = w.length;
  if (n === 0) return 0;
  const m = w[0].length;
  if (n > m) return maxAssignment(w[0].map((_, j) => w.map((row) => row[j])));
  const INF = Infinity;
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(INF);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = -w[i0 - 1][j - 1] - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  let total = 0;
  for (let j = 1; j <= m; j++) if (p[j]) total += w[p[j] - 1][j - 1];
  return total;
}

/** CEAF-e: best one-to-one alignment of key and response clusters under φ4 = 2|k∩r|/(|k|+|r|). */
export function ceafe(key: string[][], response: string[][]): PRF {
  const respIdx = clusterIndex(response);
  // Only clusters that share mentions interact: align each connected component separately.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const union = (a: string, b: string) => parent.set(find(a), find(b));
  key.forEach((_, i) => parent.set(`k${i}`, `k${i}`));
  response.forEach((_, j) => parent.set(`r${j}`, `r${j}`));
  const overlap = new Map<string, number>();
  key.forEach((k, i) => {
    for (const m of k) {
      const j = respIdx.get(m);
      if (j === undefined) continue;
      union(`k${i}`, `r${j}`);
      overlap.set(`${i}|${j}`, (overlap.get(`${i}|${j}`) ?? 0) + 1);
    }
  });
  const comps = new Map<string, { ks: number[]; rs: number[] }>();
  const comp = (x: string) => {
    const root = find(x);
    let c = comps.get(root);
    if (!c) comps.set(root, (c = { ks: [], rs: [] }));
    return c;
  };
  key.forEach((_, i) => comp(`k${i}`).ks.push(i));
  response.forEach((_, j) => comp(`r${j}`).rs.push(j));
  let sim = 0;
  for (const { ks, rs } of comps.values()) {
    if (!ks.length || !rs.length) continue;
    const w = ks.map((i) => rs.map((j) => {
      const n = overlap.get(`${i}|${j}`) ?? 0;
      return n ? (2 * n) / (key[i].length + response[j].length) : 0;
    }));
    sim += maxAssignment(w);
  }
  return prf(sim, response.length, sim, key.length);
}

export function corefScores(key: string[][], response: string[][]): CorefScores {
  const m = muc(key, response);
  const b = b3(key, response);
  const c = ceafe(key, response);
  return { muc: m, b3: b, ceafe: c, conll: (m.f + b.f + c.f) / 3 };
}

/** Pairwise (link) precision and recall over all mention pairs placed in one cluster. */
export function pairwise(key: string[][], response: string[][]): PRF {
  const keyIdx = clusterIndex(key);
  const respIdx = clusterIndex(response);
  const pairsIn = (clusters: string[][], other: Map<string, number>): [number, number] => {
    let same = 0;
    let all = 0;
    for (const c of clusters) {
      for (let i = 0; i < c.length; i++) {
        for (let j = i + 1; j < c.length; j++) {
          all++;
          const a = other.get(c[i]);
          if (a !== undefined && a === other.get(c[j])) same++;
        }
      }
    }
    return [same, all];
  };
  const [pn, pd] = pairsIn(response, keyIdx);
  const [rn, rd] = pairsIn(key, respIdx);
  return prf(pn, pd, rn, rd);
}
