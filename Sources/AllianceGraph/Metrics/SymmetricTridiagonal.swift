/// The largest eigenvalue of a small symmetric tridiagonal matrix and its eigenvector, as the Lanczos
/// iteration of ``AnalysisGraph/eigenvectorCentrality(tolerance:maxIterations:)`` needs them.
///
/// The eigenvalue is found by bisection on Sturm sequence counts (the number of eigenvalues below `x` is
/// the number of negative pivots of the LDLᵀ factorization of `T − xI`), which is accurate to a few units
/// in the last place whatever the spectrum; the eigenvector by two steps of inverse iteration, solving
/// `(T − θI) y = b` by Gaussian elimination with partial pivoting. O(m) per bisection step, O(m) per solve.
///
/// Reference: Golub, G. H., Van Loan, C. F. (2013). *Matrix Computations*, 4th ed., §8.4.1 (Sturm
/// sequence bisection) and §8.2.2 (inverse iteration). Johns Hopkins University Press.
struct _SymmetricTridiagonal {
    /// Diagonal `α₀ … α_{m−1}`.
    var diagonal: [Double]
    /// Off-diagonal `β₀ … β_{m−2}` (`T[i][i+1] = T[i+1][i] = β_i`).
    var offDiagonal: [Double]

    var count: Int { diagonal.count }

    /// The number of eigenvalues strictly below `x`.
    func eigenvaluesBelow(_ x: Double, pivotFloor: Double) -> Int {
        var below = 0
        var q = diagonal[0] - x
        for i in 0..<count {
            if i > 0 {
                let b = offDiagonal[i - 1]
                q = diagonal[i] - x - b * b / q
            }
            if q == 0 { q = -pivotFloor }
            if q < 0 { below += 1 }
        }
        return below
    }

    /// The largest eigenvalue and a unit eigenvector for it.
    /// - Parameter atLeast: a known lower bound of the largest eigenvalue, if any (in the Lanczos iteration,
    ///   the previous step's: by Cauchy interlacing the largest Ritz value never decreases).
    func largestEigenpair(atLeast bound: Double = -.infinity) -> (value: Double, vector: [Double]) {
        let m = count
        // Gershgorin bounds.
        var lo = Double.infinity
        var hi = -Double.infinity
        for i in 0..<m {
            let r = (i > 0 ? abs(offDiagonal[i - 1]) : 0) + (i < m - 1 ? abs(offDiagonal[i]) : 0)
            lo = min(lo, diagonal[i] - r)
            hi = max(hi, diagonal[i] + r)
        }
        let scale = max(abs(lo), abs(hi), Double.leastNormalMagnitude)
        if bound > lo && bound < hi { lo = bound }
        let floor = Double.ulpOfOne * scale
        // The largest eigenvalue: all m are below `hi`; find where the count drops to m − 1.
        while hi - lo > 2 * Double.ulpOfOne * max(abs(lo), abs(hi)) + Double.leastNormalMagnitude {
            let mid = lo + (hi - lo) / 2
            if mid == lo || mid == hi { break }
            if eigenvaluesBelow(mid, pivotFloor: floor) == m { hi = mid } else { lo = mid }
        }
        let theta = lo + (hi - lo) / 2
        var y = [Double](repeating: 1, count: m)
        for _ in 0..<2 {
            y = solveShifted(theta, rhs: y, pivotFloor: floor)
            let norm = y.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard norm > 0, norm.isFinite else { break }
            for i in 0..<m { y[i] /= norm }
        }
        return (theta, y)
    }

    /// Solves `(T − θI) y = rhs` by Gaussian elimination with partial pivoting (row interchanges add a
    /// second superdiagonal); a zero pivot is replaced by `pivotFloor`, as inverse iteration allows.
    private func solveShifted(_ theta: Double, rhs: [Double], pivotFloor: Double) -> [Double] {
        let m = count
        var d = diagonal.map { $0 - theta }
        var sub = offDiagonal
        var sup = offDiagonal
        var sup2 = [Double](repeating: 0, count: max(m - 2, 0))
        var b = rhs
        for i in 0..<(m - 1) {
            if abs(d[i]) >= abs(sub[i]) {
                if d[i] == 0 { d[i] = pivotFloor }
                let f = sub[i] / d[i]
                d[i + 1] -= f * sup[i]
                b[i + 1] -= f * b[i]
            } else {
                // Swap rows i and i + 1: the pivot row is [sub_i, d_{i+1}, sup_{i+1}].
                let f = d[i] / sub[i]
                d[i] = sub[i]
                let oldDiagonal = d[i + 1]
                d[i + 1] = sup[i] - f * oldDiagonal
                sup[i] = oldDiagonal
                if i < m - 2 {
                    sup2[i] = sup[i + 1]
                    sup[i + 1] = -f * sup2[i]
                }
                let oldB = b[i]
                b[i] = b[i + 1]
                b[i + 1] = oldB - f * b[i]
            }
            sub[i] = 0
        }
        if d[m - 1] == 0 { d[m - 1] = pivotFloor }
        var y = [Double](repeating: 0, count: m)
        for i in stride(from: m - 1, through: 0, by: -1) {
            var v = b[i]
            if i + 1 < m { v -= sup[i] * y[i + 1] }
            if i + 2 < m { v -= sup2[i] * y[i + 2] }
            y[i] = v / (d[i] == 0 ? pivotFloor : d[i])
        }
        return y
    }
}
