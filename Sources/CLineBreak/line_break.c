// UAX #14 line-break opportunities through ICU (the maintained
// implementation; libunibreak 1.1 aborted on regional-indicator pairs).
#include "line_break.h"

#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

/// One iterator per thread and locale, reused: opening one costs far more
/// than setting new text on it. Iterators are not thread-safe, hence
/// thread-local; they live until the thread ends (a handful per process).
static __thread UBreakIterator *cached_iterator;
static __thread char cached_locale[32];

static UBreakIterator *iterator_for(const char *locale) {
    if (cached_iterator && strncmp(cached_locale, locale, sizeof cached_locale) == 0) return cached_iterator;
    if (cached_iterator) { ubrk_close(cached_iterator); cached_iterator = NULL; }
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open(UBRK_LINE, locale, NULL, 0, &status);
    if (U_FAILURE(status)) return NULL;
    cached_iterator = it;
    strncpy(cached_locale, locale, sizeof cached_locale - 1);
    cached_locale[sizeof cached_locale - 1] = 0;
    return it;
}

int brief_line_breaks(const char *utf8, size_t length, const char *locale, unsigned char *out) {
    for (size_t i = 0; i < length; i++) {
        int continues = i + 1 < length && (((unsigned char)utf8[i + 1]) & 0xC0) == 0x80;
        out[i] = continues ? BRIEF_BREAK_INSIDE : BRIEF_BREAK_NONE;
    }
    if (length == 0) return 0;
    if (length > (size_t)INT32_MAX) return -1;
    UBreakIterator *it = iterator_for(locale && *locale ? locale : "en");
    if (!it) return -2;
    UErrorCode status = U_ZERO_ERROR;
    UText *text = utext_openUTF8(NULL, utf8, (int64_t)length, &status);
    if (U_FAILURE(status)) return -3;
    ubrk_setUText(it, text, &status);
    if (U_FAILURE(status)) { utext_close(text); return -4; }
    // With UTF-8 text, ICU's boundaries are byte offsets into `utf8`.
    for (int32_t b = ubrk_following(it, 0); b != UBRK_DONE; b = ubrk_next(it)) {
        if (b <= 0 || (size_t)b > length) continue;
        int32_t rule = ubrk_getRuleStatus(it);
        int hard = rule >= UBRK_LINE_HARD && rule < UBRK_LINE_HARD_LIMIT;
        out[b - 1] = hard ? BRIEF_BREAK_MANDATORY : BRIEF_BREAK_ALLOWED;
    }
    // The iterator keeps no reference to the text after this: detach it so
    // the caller's buffer may be freed.
    UText *empty = utext_openUTF8(NULL, "", 0, &status);
    ubrk_setUText(it, empty, &status);
    utext_close(empty);
    utext_close(text);
    return 0;
}
