import CPrintNumbers
import Foundation
import Testing

@testable import Typesetting

/// cairo's numbers printed by brief's own snprintf (Sources/CPrintNumbers):
/// exactly as glibc prints them, and reached by cairo's calls.
@Suite struct PrintNumbersTests {
    /// The fast path's text for `value` with `precision` digits, and libc's.
    func fixed(_ value: Double, _ precision: Int32) -> (fast: String?, libc: String) {
        var fast = [CChar](repeating: 0, count: 128), libc = [CChar](repeating: 0, count: 128)
        let n = brief_print_fixed(&fast, fast.count, value, precision)
        _ = brief_print_fixed_by_libc(&libc, libc.count, value, precision)
        return (n < 0 ? nil : String(cString: fast), String(cString: libc))
    }

    func integer(_ format: String, _ value: Int) -> (fast: String?, libc: String) {
        var fast = [CChar](repeating: 0, count: 128), libc = [CChar](repeating: 0, count: 128)
        let n = brief_print_integer(&fast, fast.count, format, value)
        _ = brief_print_integer_by_libc(&libc, libc.count, format, value)
        return (n < 0 ? nil : String(cString: fast), String(cString: libc))
    }

    /// Digits from the double's exact value (the double nearest 2.675 is
    /// below it), ties to even, the sign of zero kept, tiny values to 0.
    @Test(arguments: [
        0.5, 1.5, 2.5, 0.125, 0.375, -0.5, -2.5, 2.675, 1.0000005, 123.4565, 5e-7, 1e-7, 0.0, -0.0, -1e-300,
        4.9e-324, 612.0, 791.999999, 4_503_599_627_370_495.5,
    ])
    func fixedAsLibcPrintsIt(_ value: Double) {
        for precision in Int32(0)...18 {
            let (fast, libc) = fixed(value, precision)
            #expect(fast == libc, "\(value) with \(precision) digits")
        }
    }

    /// Random values over every exponent, and a page's coordinates.
    @Test func fixedOnRandomValues() {
        var generator = SystemRandomNumberGenerator()
        for i in 0..<200_000 {
            let value =
                i % 2 == 0
                ? Double(bitPattern: generator.next())
                : Double(Int.random(in: -800_000...800_000, using: &generator)) / 1000
            let precision = Int32.random(in: 0...18, using: &generator)
            let (fast, libc) = fixed(value, precision)
            if let fast { #expect(fast == libc, "\(value.bitPattern) with \(precision) digits") }
        }
    }

    /// What the fast path leaves to libc: values of 2^52 and more, infinities, NaN.
    @Test func largeAndNonFiniteValuesGoToLibc() {
        for value in [4_503_599_627_370_496.0, 1e300, .infinity, -.infinity, .nan] {
            #expect(fixed(value, 6).fast == nil)
        }
    }

    @Test(arguments: ["%d", "%ld", "%u", "%lu", "%x", "%04x", "%02x", "%010ld", "%5d", "%05d"])
    func integersAsLibcPrintsThem(_ format: String) {
        for value in [0, 7, -7, 42, -1234, 99_999, 1_234_567_890, Int(Int32.max), Int(Int32.min), Int.max, Int.min] {
            let (fast, libc) = integer(format, value)
            #expect(fast == libc, "\(format) of \(value)")
        }
    }

    /// A format the fast path does not read goes to libc.
    @Test func otherFormatsGoToLibc() {
        #expect(integer("%03o", 8).fast == nil)
        #expect(integer("x%d", 8).fast == nil)
    }
}
