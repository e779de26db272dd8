// See include/print_numbers.h: cairo's numbers, printed as glibc prints them, faster.
#undef _FORTIFY_SOURCE
#define _GNU_SOURCE
#include "print_numbers.h"

#include <fenv.h>
#include <langinfo.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/// The most digits after the point the fast path writes: 10^18 is the
/// largest power of ten below 2^63, and a double's 53-bit significand times
/// it stays below 2^113, inside 128-bit arithmetic.
enum { most_fixed_digits = 18 };
/// glibc's precision for "%f" and for a negative "*" precision.
enum { default_fixed_digits = 6 };
/// Longer than any number the fast path writes: a sign, 16 digits before the
/// point (below 2^52), the point and 18 digits; or a 64-bit integer padded
/// to a two-digit width.
enum { longest_number = 64 };
/// The widest field ("%010ld") the fast path pads to: two digits of width.
enum { widest_field = 99 };

/// A double's fields (IEEE 754 binary64): the sign bit, 11 exponent bits
/// (all ones: infinite or not a number), 52 significand bits with an
/// implicit leading one unless the exponent bits are zero (subnormal).
enum {
    sign_bit = 63,
    significand_bits = 52,
    exponent_field = 0x7ff,
    /// value = significand × 2^(exponent bits − 1075) (the bias 1023, plus 52 for the significand as an integer)
    exponent_offset = 1075,
    /// A subnormal's exponent: 1 − 1075.
    subnormal_exponent = -1074,
};
/// Bits in the arithmetic the scaled value is held in (unsigned __int128).
enum { wide_bits = 128 };

static const uint64_t powers_of_ten[most_fixed_digits + 1] = {
    1ULL,
    10ULL,
    100ULL,
    1000ULL,
    10000ULL,
    100000ULL,
    1000000ULL,
    10000000ULL,
    100000000ULL,
    1000000000ULL,
    10000000000ULL,
    100000000000ULL,
    1000000000000ULL,
    10000000000000ULL,
    100000000000000ULL,
    1000000000000000ULL,
    10000000000000000ULL,
    100000000000000000ULL,
    1000000000000000000ULL,
};

static unsigned long numbers_printed;

unsigned long brief_numbers_printed(void) { return __atomic_load_n(&numbers_printed, __ATOMIC_RELAXED); }

/// Writes `v`'s decimal digits ending just before `end`; returns where they start.
static char *digits_before(char *end, uint64_t v) {
    do {
        *--end = (char)('0' + v % 10);
        v /= 10;
    } while (v != 0);
    return end;
}

/// The fixed notation of `value` with `precision` digits into `buffer`
/// (`longest_number` long); its length, or -1 when libc must print it
/// (not finite, 2^52 or more, another rounding mode or decimal point).
static int fixed(char *buffer, double value, int precision) {
    if (precision < 0 || precision > most_fixed_digits) return -1;
    uint64_t bits;
    memcpy(&bits, &value, sizeof bits);
    const int negative = (int)(bits >> sign_bit);
    const int biased = (int)((bits >> significand_bits) & exponent_field);
    uint64_t significand = bits & ((1ULL << significand_bits) - 1);
    int exponent;  // value = significand × 2^exponent
    if (biased == exponent_field) return -1;  // infinite or not a number
    if (biased == 0) {
        exponent = subnormal_exponent;
    } else {
        significand |= 1ULL << significand_bits;
        exponent = biased - exponent_offset;
    }
    if (exponent >= 0) return -1;  // 2^52 or more: rare in a page, left to libc
    const char *point = nl_langinfo(RADIXCHAR);
    if (point[0] != '.' || point[1] != 0) return -1;
    if (fegetround() != FE_TONEAREST) return -1;

    // The value times 10^precision, rounded to the nearest integer, ties to
    // even, from its exact binary value (as glibc's printf rounds).
    const unsigned __int128 scaled = (unsigned __int128)significand * powers_of_ten[precision];
    const int shift = -exponent;
    unsigned __int128 rounded = 0;
    if (shift < wide_bits) {  // otherwise scaled / 2^shift < 2^113 / 2^128: below one half, so 0
        rounded = scaled >> shift;
        const unsigned __int128 rest = scaled & (((unsigned __int128)1 << shift) - 1);
        const unsigned __int128 half = (unsigned __int128)1 << (shift - 1);
        if (rest > half || (rest == half && (rounded & 1))) rounded += 1;
    }
    uint64_t whole, fraction;
    if (rounded >> 64 == 0) {
        whole = (uint64_t)rounded / powers_of_ten[precision];
        fraction = (uint64_t)rounded % powers_of_ten[precision];
    } else {
        whole = (uint64_t)(rounded / powers_of_ten[precision]);
        fraction = (uint64_t)(rounded % powers_of_ten[precision]);
    }

    char *end = buffer + longest_number;
    char *start = end;
    if (precision > 0) {
        char *fractionStart = digits_before(end, fraction);
        while (end - fractionStart < precision) *--fractionStart = '0';
        start = fractionStart;
        *--start = '.';
    }
    start = digits_before(start, whole);
    if (negative) *--start = '-';  // glibc keeps the sign of -0.0 and of what rounds to zero
    const int length = (int)(end - start);
    memmove(buffer, start, (size_t)length);
    return length;
}

/// An integer conversion's digits into `buffer` (`longest_number` long),
/// padded to `width` with zeros or spaces as glibc pads; its length.
static int integer(char *buffer, uint64_t magnitude, int negative, int hex, int width, int zeros) {
    char *end = buffer + longest_number;
    char *start;
    if (hex) {
        start = end;
        do {
            *--start = "0123456789abcdef"[magnitude & 0xf];
            magnitude >>= 4;
        } while (magnitude != 0);
    } else {
        start = digits_before(end, magnitude);
    }
    int length = (int)(end - start) + negative;
    if (zeros) {
        while (length < width) {
            *--start = '0';
            length += 1;
        }
    }
    if (negative) *--start = '-';
    while (length < width) {
        *--start = ' ';
        length += 1;
    }
    memmove(buffer, start, (size_t)length);
    return length;
}

/// One conversion and nothing else: "%" [0] [width] [. digits | .*] [l] (d | u | x | f).
struct conversion {
    int zeros, width, precision, starPrecision, isLong;
    char kind;
};

static int parse(const char *format, struct conversion *c) {
    if (format[0] != '%') return 0;
    const char *p = format + 1;
    *c = (struct conversion){.precision = -1};
    if (*p == '0') {
        c->zeros = 1;
        p++;
    }
    while (*p >= '0' && *p <= '9') {
        c->width = c->width * 10 + (*p++ - '0');
        if (c->width > widest_field) return 0;
    }
    if (*p == '.') {
        p++;
        if (*p == '*') {
            c->starPrecision = 1;
            p++;
        } else {
            c->precision = 0;
            while (*p >= '0' && *p <= '9') {
                c->precision = c->precision * 10 + (*p++ - '0');
                if (c->precision > most_fixed_digits) return 0;
            }
        }
    }
    if (*p == 'l') {
        c->isLong = 1;
        p++;
    }
    c->kind = *p;
    if (p[0] == 0 || p[1] != 0) return 0;
    switch (c->kind) {
    case 'f': return c->width == 0 && !c->zeros && !c->isLong;
    case 'd':
    case 'u':
    case 'x': return c->precision < 0 && !c->starPrecision;
    default: return 0;
    }
}

/// Copies `length` bytes as snprintf would into `out` of `capacity`: cut
/// short and terminated when they do not fit; returns `length`.
static int deliver(char *out, size_t capacity, const char *text, int length) {
    if (capacity > 0) {
        size_t n = (size_t)length < capacity - 1 ? (size_t)length : capacity - 1;
        memcpy(out, text, n);
        out[n] = 0;
    }
    __atomic_fetch_add(&numbers_printed, 1, __ATOMIC_RELAXED);
    return length;
}

/// The fast path for one conversion, reading its arguments from `args`;
/// -1 when libc must print it (the caller has a copy of the arguments).
static int print_one(char *out, size_t capacity, const char *format, va_list *args) {
    struct conversion c;
    if (!parse(format, &c)) return -1;
    char buffer[longest_number];
    int length;
    if (c.kind == 'f') {
        int precision = c.precision;
        if (c.starPrecision) precision = va_arg(*args, int);
        if (precision < 0) precision = default_fixed_digits;
        length = fixed(buffer, va_arg(*args, double), precision);
    } else if (c.kind == 'd') {
        long v = c.isLong ? va_arg(*args, long) : va_arg(*args, int);
        uint64_t magnitude = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        length = integer(buffer, magnitude, v < 0, 0, c.width, c.zeros);
    } else {
        uint64_t v = c.isLong ? va_arg(*args, unsigned long) : va_arg(*args, unsigned int);
        length = integer(buffer, v, 0, c.kind == 'x', c.width, c.zeros);
    }
    if (length < 0) return -1;
    return deliver(out, capacity, buffer, length);
}

int snprintf(char *out, size_t capacity, const char *format, ...) {
    va_list args, copy;
    va_start(args, format);
    va_copy(copy, args);
    int length = print_one(out, capacity, format, &args);
    if (length < 0) length = vsnprintf(out, capacity, format, copy);
    va_end(copy);
    va_end(args);
    return length;
}

extern int __vsnprintf_chk(char *, size_t, int, size_t, const char *, va_list);

int __snprintf_chk(char *out, size_t capacity, int flag, size_t size, const char *format, ...) {
    va_list args, copy;
    va_start(args, format);
    va_copy(copy, args);
    // A capacity larger than the buffer is libc's to report (it aborts).
    int length = size >= capacity ? print_one(out, capacity, format, &args) : -1;
    if (length < 0) length = __vsnprintf_chk(out, capacity, flag, size, format, copy);
    va_end(copy);
    va_end(args);
    return length;
}

/// libc's vsnprintf with one argument list; for the references below.
static int by_libc(char *out, size_t capacity, const char *format, ...) {
    va_list args;
    va_start(args, format);
    int length = vsnprintf(out, capacity, format, args);
    va_end(args);
    return length;
}

/// The fast path alone with one argument list.
static int by_fast_path(char *out, size_t capacity, const char *format, ...) {
    va_list args;
    va_start(args, format);
    int length = print_one(out, capacity, format, &args);
    va_end(args);
    return length;
}

int brief_print_fixed(char *out, size_t capacity, double value, int precision) {
    return by_fast_path(out, capacity, "%.*f", precision, value);
}

int brief_print_fixed_by_libc(char *out, size_t capacity, double value, int precision) {
    return by_libc(out, capacity, "%.*f", precision, value);
}

int brief_print_integer(char *out, size_t capacity, const char *format, long value) {
    return strchr(format, 'l') ? by_fast_path(out, capacity, format, value)
                               : by_fast_path(out, capacity, format, (int)value);
}

int brief_print_integer_by_libc(char *out, size_t capacity, const char *format, long value) {
    return strchr(format, 'l') ? by_libc(out, capacity, format, value) : by_libc(out, capacity, format, (int)value);
}
