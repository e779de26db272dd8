/// A growing byte buffer of PDF syntax: operators, names, numbers and
/// strings appended as bytes, in place (a buffer it owns: no copy-on-write
/// or exclusivity checks per byte, for the million numbers and glyph codes
/// of a long document's pages). Numbers are printed at a fixed precision
/// of three decimals, trailing zeros left out.
final class PDFBytes {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = PDFBytes.defaultCapacity) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Enough for a dictionary; a page's content stream asks for more.
    static let defaultCapacity = 256

    func removeAll() { count = 0 }

    /// The bytes, for the duration of `body`.
    func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }

    /// The bytes as an array (tests).
    var array: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Room for `n` more bytes.
    @inline(__always)
    private func reserve(_ n: Int) {
        if count + n > capacity { grow(count + n) }
    }

    private func grow(_ needed: Int) {
        let newCapacity = max(needed, 2 * capacity)
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        p.update(from: base, count: count)
        base.deallocate()
        base = p
        capacity = newCapacity
    }

    /// ASCII text as it is.
    func append(_ text: StaticString) {
        let n = text.utf8CodeUnitCount
        reserve(n)
        (base + count).update(from: text.utf8Start, count: n)
        count += n
    }

    func append(text: String) {
        var text = text
        text.withUTF8 { append(raw: UnsafeRawBufferPointer($0)) }
    }

    func append(raw: UnsafeRawBufferPointer) {
        guard let from = raw.baseAddress, raw.count > 0 else { return }
        reserve(raw.count)
        UnsafeMutableRawPointer(base + count).copyMemory(from: from, byteCount: raw.count)
        count += raw.count
    }

    func append(_ other: PDFBytes) { other.withBytes { append(raw: $0) } }

    /// Lets `body` write at most `room` bytes at the end, in place; it
    /// returns how many it wrote (a compressor's output, without a copy).
    func append(room: Int, _ body: (UnsafeMutableRawBufferPointer) -> Int) {
        reserve(room)
        let n = body(UnsafeMutableRawBufferPointer(start: base + count, count: room))
        count += min(max(n, 0), room)
    }

    @inline(__always)
    func append(byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    /// A decimal integer.
    func append(integer value: Int) {
        reserve(Self.integerRoom)
        if value < 0 {
            base[count] = UInt8(ascii: "-")
            count += 1
        }
        appendDigits(value.magnitude)
    }

    /// Digits of `magnitude` (room reserved).
    @inline(__always)
    private func appendDigits(_ magnitude: UInt) {
        var m = magnitude
        var n = 1
        while m >= 10 {
            m /= 10
            n += 1
        }
        m = magnitude
        var i = count + n - 1
        repeat {
            base[i] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: m % 10)
            m /= 10
            i -= 1
        } while m > 0
        count += n
    }

    /// A sign and 20 digits.
    private static let integerRoom = 21

    /// `value` rounded to `digits` decimals, trailing zeros and a bare
    /// point left out ("12.5", "3", "-0.125"; what rounds to zero as "0").
    /// The rounding is of `value × 1000` to the nearest integer, ties away
    /// from zero: the same value always gives the same bytes.
    func append(number value: Double) {
        let scaled = (value * Self.scale).rounded()
        guard scaled.isFinite, abs(scaled) < Self.limit else {
            append(integer: 0)
            return
        }
        let n = Int(scaled)
        reserve(Self.integerRoom + 4)
        if n < 0 {
            base[count] = UInt8(ascii: "-")
            count += 1
        }
        let magnitude = n.magnitude
        appendDigits(magnitude / Self.unit)
        var fraction = magnitude % Self.unit
        guard fraction != 0 else { return }
        base[count] = UInt8(ascii: ".")
        count += 1
        var divisor = Self.unit / 10
        while fraction != 0 {
            base[count] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: fraction / divisor)
            count += 1
            fraction %= divisor
            divisor /= 10
        }
    }

    /// A number's unit: three decimals, for a thousandth of a point is below what any device shows.
    private static let unit: UInt = 1000
    private static let scale = Double(unit)
    /// Numbers this large are not coordinates; written as 0 rather than overflow.
    private static let limit = 1e15

    /// One hexadecimal digit, 0–9 or A–F, for `v` below 16.
    func append(hexDigit v: UInt8) { append(byte: Self.hexDigit(UInt32(v))) }

    @inline(__always)
    private static func hexDigit(_ v: UInt32) -> UInt8 {
        v < 10
            ? UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: v) : UInt8(ascii: "A") &+ UInt8(truncatingIfNeeded: v - 10)
    }

    /// A 16-bit value as four hexadecimal digits: a glyph id (Identity-H: two bytes a glyph), a UTF-16 unit.
    @inline(__always)
    func append(hex16 glyph: UInt32) {
        reserve(4)
        base[count] = Self.hexDigit((glyph >> 12) & 0xF)
        base[count + 1] = Self.hexDigit((glyph >> 8) & 0xF)
        base[count + 2] = Self.hexDigit((glyph >> 4) & 0xF)
        base[count + 3] = Self.hexDigit(glyph & 0xF)
        count += 4
    }

    /// A glyph id as its two bytes (Identity-H) inside a literal string:
    /// half the size of hexadecimal; the string's delimiters, the escape and
    /// a carriage return (which a reader would take as an end of line) escaped.
    @inline(__always)
    func append(glyphCode glyph: UInt32) {
        reserve(4)
        appendStringByte(UInt8(truncatingIfNeeded: glyph >> 8))
        appendStringByte(UInt8(truncatingIfNeeded: glyph))
    }

    @inline(__always)
    private func appendStringByte(_ b: UInt8) {
        switch b {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\\"):
            base[count] = UInt8(ascii: "\\")
            base[count + 1] = b
            count += 2
        case 0x0D:
            base[count] = UInt8(ascii: "\\")
            base[count + 1] = UInt8(ascii: "r")
            count += 2
        default:
            base[count] = b
            count += 1
        }
    }

    /// A text string: literal, one byte a character, when PDFDocEncoding
    /// holds all its characters; else UTF-16BE with a byte-order mark, in
    /// hexadecimal (as PDF text strings are read).
    func append(textString s: String) {
        if s.unicodeScalars.allSatisfy({ PDFDocEncoding.byte($0) != nil }) && !PDFDocEncoding.readsAsMarked(s) {
            append(byte: UInt8(ascii: "("))
            for scalar in s.unicodeScalars {
                let b = PDFDocEncoding.byte(scalar) ?? UInt8(ascii: "?")
                if b == UInt8(ascii: "(") || b == UInt8(ascii: ")") || b == UInt8(ascii: "\\") {
                    append(byte: UInt8(ascii: "\\"))
                }
                append(byte: b)
            }
            append(byte: UInt8(ascii: ")"))
            return
        }
        append("<FEFF")
        append(utf16Hex: s)
        append(byte: UInt8(ascii: ">"))
    }

    /// `s` as UTF-16BE code units in hexadecimal, no delimiters.
    func append(utf16Hex s: String) {
        for unit in s.utf16 { append(hex16: UInt32(unit)) }
    }

    /// A name object (with its slash); bytes outside the regular characters as #xx.
    func append(name: String) {
        append(byte: UInt8(ascii: "/"))
        for b in name.utf8 {
            if b > 0x20 && b < 0x7F && !Self.delimiters.contains(b) {
                append(byte: b)
            } else {
                append(byte: UInt8(ascii: "#"))
                append(byte: Self.hexDigit(UInt32(b >> 4)))
                append(byte: Self.hexDigit(UInt32(b & 0xF)))
            }
        }
    }

    /// PDF's delimiters and the name escape, written as #xx in names.
    private static let delimiters: [UInt8] = Array("()<>[]{}/%#".utf8)

    /// "n 0 R".
    func append(reference number: Int) {
        append(integer: number)
        append(" 0 R")
    }
}
