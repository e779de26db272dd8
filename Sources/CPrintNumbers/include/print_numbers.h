#ifndef BRIEF_PRINT_NUMBERS_H
#define BRIEF_PRINT_NUMBERS_H

#include <stddef.h>

/// cairo prints every number of a page's content stream through snprintf
/// ("%f", "%.*f", "%.18f", "%d", …): about a fifth of the instructions it
/// spends on a page of text. This target defines snprintf and __snprintf_chk
/// in the executable, which the dynamic loader binds cairo's calls to ahead
/// of libc's. The formats cairo uses most are written here, with exactly
/// glibc's output (fixed notation from the double's exact binary value,
/// rounded to nearest, ties to even); every other format, and every value
/// outside the ranges below, goes to libc's vsnprintf as before.

/// Writes `value` as "%.*f" with `precision` digits into `out` (at most
/// `capacity` bytes with the terminating zero) when it can do so exactly:
/// returns the length, or -1 (nothing written) when libc must do it.
int brief_print_fixed(char *out, size_t capacity, double value, int precision);

/// The same through libc's vsnprintf, never the fast path: the reference
/// the tests hold `brief_print_fixed` to.
int brief_print_fixed_by_libc(char *out, size_t capacity, double value, int precision);

/// `snprintf(out, capacity, format, value)` for one integer, as the fast path
/// and as libc: for the tests of the integer formats ("%d", "%010ld", "%04x", …).
int brief_print_integer(char *out, size_t capacity, const char *format, long value);
int brief_print_integer_by_libc(char *out, size_t capacity, const char *format, long value);

/// How many numbers the fast path has printed in this process (a test's
/// proof that cairo's calls reach it).
unsigned long brief_numbers_printed(void);

#endif
