/**
 * Truncated SVD of a sparse matrix by the randomized range finder (Halko, Martinsson & Tropp 2011) with
 * power iterations and a seeded generator, so the same input always gives the same factors.
 */
export interface SparseMatrix {
  rows: number
  cols: number
  /** Column-major triplets: for column j, entries colPtr[j]..colPtr[j+1] of rowIdx/values. */
  colPtr: Int32Array
  rowIdx: Int32Array
  values: Float32Array
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Y (rows × l) = A · X, with X (cols × l) dense row-major. */
function mulA(A: SparseMatrix, X: Float64Array, l: number): Float64Array {
  const Y = new Float64Array(A.rows * l)
  for (let j = 0; j < A.cols; j++) {
    const xo = j * l
    for (let p = A.colPtr[j]!; p < A.colPtr[j + 1]!; p++) {
      const yo = A.rowIdx[p]! * l
      const v = A.values[p]!
      for (let c = 0; c < l; c++) Y[yo + c]! += v * X[xo + c]!
    }
  }
  return Y
}

/** Z (cols × l) = Aᵀ · Y, with Y (rows × l). */
function mulAt(A: SparseMatrix, Y: Float64Array, l: number): Float64Array {
  const Z = new Float64Array(A.cols * l)
  for (let j = 0; j < A.cols; j++) {
    const zo = j * l
    for (let p = A.colPtr[j]!; p < A.colPtr[j + 1]!; p++) {
      const yo = A.rowIdx[p]! * l
      const v = A.values[p]!
      for (let c = 0; c < l; c++) Z[zo + c]! += v * Y[yo + c]!
    }
  }
  return Z
}

/** Orthonormalises the l columns of M (n × l, row-major) in place (modified Gram-Schmidt, twice). */
function orthonormalise(M: Float64Array, n: number, l: number): void {
  for (let pass = 0; pass < 2; pass++) {
    for (let c = 0; c < l; c++) {
      for (let prev = 0; prev < c; prev++) {
        let dot = 0
        for (let r = 0; r < n; r++) dot += M[r * l + c]! * M[r * l + prev]!
        for (let r = 0; r < n; r++) M[r * l + c]! -= dot * M[r * l + prev]!
      }
      let norm = 0
      for (let r = 0; r < n; r++) norm += M[r * l + c]! ** 2
      norm = Math.sqrt(norm) || 1
      for (let r = 0; r < n; r++) M[r * l + c]! /= norm
    }
  }
}

/** Eigen-decomposition of a symmetric matrix (cyclic Jacobi); returns eigenvalues and column eigenvectors. */
function symmetricEigen(S: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(S)
  const v = new Float64Array(n * n)
  for (let i = 0; i < n; i++) v[i * n + i] = 1
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q]! ** 2
    if (off < 1e-18) break
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!
        if (Math.abs(apq) < 1e-30) continue
        const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq)
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1))
        const c = 1 / Math.sqrt(t * t + 1)
        const s = t * c
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p]!
          const akq = a[k * n + q]!
          a[k * n + p] = c * akp - s * akq
          a[k * n + q] = s * akp + c * akq
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k]!
          const aqk = a[q * n + k]!
          a[p * n + k] = c * apk - s * aqk
          a[q * n + k] = s * apk + c * aqk
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p]!
          const vkq = v[k * n + q]!
          v[k * n + p] = c * vkp - s * vkq
          v[k * n + q] = s * vkp + c * vkq
        }
      }
    }
  }
  const values = new Float64Array(n)
  for (let i = 0; i < n; i++) values[i] = a[i * n + i]!
  return { values, vectors: v }
}

/** The top-k left singular vectors (rows × k, row-major) and singular values of A. */
export function truncatedSvd(A: SparseMatrix, k: number, opts: { oversample?: number; powerIterations?: number; seed?: number } = {}): { U: Float32Array; sigma: Float64Array } {
  const l = Math.min(k + (opts.oversample ?? 16), A.cols, A.rows)
  const rand = mulberry32(opts.seed ?? 42)
  const omega = new Float64Array(A.cols * l)
  for (let i = 0; i < omega.length; i++) omega[i] = rand() * 2 - 1
  let Y = mulA(A, omega, l)
  orthonormalise(Y, A.rows, l)
  for (let it = 0; it < (opts.powerIterations ?? 2); it++) {
    const Z = mulAt(A, Y, l)
    orthonormalise(Z, A.cols, l)
    Y = mulA(A, Z, l)
    orthonormalise(Y, A.rows, l)
  }
  // B = Qᵀ A (l × cols); the left singular vectors of A are Q times the eigenvectors of B Bᵀ.
  const Bt = mulAt(A, Y, l)
  const BBt = new Float64Array(l * l)
  for (let j = 0; j < A.cols; j++) {
    const o = j * l
    for (let r = 0; r < l; r++) {
      const br = Bt[o + r]!
      if (br === 0) continue
      for (let c = r; c < l; c++) BBt[r * l + c]! += br * Bt[o + c]!
    }
  }
  for (let r = 0; r < l; r++) for (let c = 0; c < r; c++) BBt[r * l + c] = BBt[c * l + r]!
  const { values, vectors } = symmetricEigen(BBt, l)
  const order = [...values.keys()].sort((x, y) => values[y]! - values[x]!).slice(0, k)
  const U = new Float32Array(A.rows * k)
  for (let r = 0; r < A.rows; r++) {
    for (let c = 0; c < k; c++) {
      const e = order[c]!
      let s = 0
      for (let m = 0; m < l; m++) s += Y[r * l + m]! * vectors[m * l + e]!
      U[r * k + c] = s
    }
  }
  return { U, sigma: Float64Array.from(order.map((e) => Math.sqrt(Math.max(0, values[e]!)))) }
}
