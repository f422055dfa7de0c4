/// PN centrality (Everett & Borgatti 2014) of the signed graph made of the cooperation and the hostility
/// each node receives, each tie weighted by the states it stands for.
///
///     PN = (I − A / (2n − 2))⁻¹ · 1,    A = (P − 2N) / W
///
/// `P_ij` is the cooperative weight `i` receives from `j` and `N_ij` the hostile weight `i` receives
/// from `j` (the "in" version for directed negative ties: hostility sent does not lower the sender),
/// each tie's weight multiplied by the number of states behind `j`'s act (at least 1: an act of the
/// West counts for each of its states); `W` is the largest entry of P and N, so that entries are in
/// [0, 1] as in the binary case the paper defines and the series converges. Solved by damped Jacobi
/// iteration, `x ← x/2 + (1 + A x / (2n − 2)) / 2`, from `x = 1`, until the largest change is below
/// 1e-13. A node with no tie has PN 1; positive ties raise it, negative ties lower it.
///
/// Reference: Everett, M. G., Borgatti, S. P. (2014). Networks containing negative ties. *Social
/// Networks* 38, 111–120. doi:10.1016/j.socnet.2014.03.005
func _pnCentrality(signed: _SignedTies, maxIterations: Int = 100_000) throws(MetricError) -> [Double] {
    let n = signed.positive.count
    guard n > 1 else { return Array(repeating: 1, count: n) }
    var rows = Array(repeating: [(node: Int, value: Double)](), count: n)
    var largest = 0.0
    for i in 0..<n {
        var row: [Int: Double] = [:]
        for (j, w) in signed.positive[i] {
            row[j, default: 0] += w
            largest = max(largest, w)
        }
        for (j, w) in signed.negative[i] {
            row[j, default: 0] -= 2 * w
            largest = max(largest, w)
        }
        rows[i] = row.keys.sorted().map { (node: $0, value: row[$0]!) }
    }
    guard largest > 0 else { return Array(repeating: 1, count: n) }
    let beta = 1 / (largest * Double(2 * n - 2))
    var x = [Double](repeating: 1, count: n)
    var next = x
    for _ in 0..<maxIterations {
        var change = 0.0
        for i in 0..<n {
            var sum = 0.0
            for (j, a) in rows[i] { sum += a * x[j] }
            next[i] = 0.5 * x[i] + 0.5 * (1 + beta * sum)
            change = max(change, abs(next[i] - x[i]))
        }
        swap(&x, &next)
        if change < 1e-13 { return x }
    }
    throw .isolationFailedToConverge(measure: .signed, iterations: maxIterations)
}
