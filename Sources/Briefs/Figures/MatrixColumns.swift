import Corpus
import Typesetting

/// The column rules both matrices share (the issue matrix and the annual
/// summary's): how wide the organization names get, the totals column, and
/// how many data columns a group holds before the matrix is split.
enum MatrixColumns {
    /// The narrowest a data column may get before the matrix is split.
    static let minimumColumnWidth = 56.0
    /// The totals column: room for a three-digit count and the cell padding.
    static let totalWidth = 40.0

    /// The organization column: the longest name in bold, with padding, at
    /// least 80 pt and at most 22% of the width (longer names wrap).
    static func organizationWidth(
        _ orgs: [Organization], style: BriefStyle, width: Double,
        measure: (String, TextStyle) -> Double
    ) -> Double {
        let longest = orgs.map { measure($0.name, style.small.with { $0.bold = true }) }.max() ?? 60
        return min(max(longest + 10, 80), width * 0.22)
    }

    /// Columns per group when `columns` must share `room` at no less than the
    /// minimum width: as few groups as possible, evenly filled.
    static func balancedGroupSize(columns n: Int, room: Double) -> Int {
        let fit = max(1, Int(room / minimumColumnWidth))
        let groups = max(1, (n + fit - 1) / fit)
        return max(1, (n + groups - 1) / groups)
    }
}
