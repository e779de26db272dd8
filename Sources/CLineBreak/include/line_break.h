#ifndef BRIEF_LINE_BREAK_H
#define BRIEF_LINE_BREAK_H

#include <stddef.h>

/// What may happen after a UTF-8 byte (one value per byte of the text).
enum brief_break_kind {
    BRIEF_BREAK_MANDATORY = 0, ///< a hard line break follows this character
    BRIEF_BREAK_ALLOWED = 1,   ///< a line may end after this character
    BRIEF_BREAK_NONE = 2,      ///< no break after this character
    BRIEF_BREAK_INSIDE = 3     ///< not the last byte of a character
};

/// Unicode line-break opportunities (UAX #14) by ICU's line break iterator.
///
/// `utf8` must be valid UTF-8 of `length` bytes; `out` receives `length`
/// values of `enum brief_break_kind`. `locale` is a BCP 47 / ICU locale
/// ("en", "ru"). Returns 0 on success, a negative number when ICU failed
/// (then `out` holds no opportunities at all, which is always safe).
/// The header deliberately names no ICU type: importing ICU's headers into
/// a Swift module that also imports Foundation breaks clean builds.
int brief_line_breaks(const char *utf8, size_t length, const char *locale, unsigned char *out);

#endif
