#ifndef BRIEF_SENTENCE_BREAK_H
#define BRIEF_SENTENCE_BREAK_H

#include <stddef.h>
#include <stdint.h>

/// Sentence boundaries (UAX #29) by ICU's sentence break iterator, with the
/// locale's abbreviation suppressions ("Mr.", "U.S." do not end a sentence:
/// the locale is opened as `LOCALE@ss=standard`).
///
/// `utf8` must be valid UTF-8 of `length` bytes. Writes the byte offsets
/// where sentences end (the last is `length`) to `ends`, at most `capacity`,
/// and returns how many there are (which may exceed `capacity`), or a
/// negative number when ICU failed. The header names no ICU type (see
/// line_break.h).
int32_t brief_sentence_ends(const char *utf8, size_t length, const char *locale, int32_t *ends, int32_t capacity);

#endif
