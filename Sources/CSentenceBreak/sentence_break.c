// UAX #29 sentence boundaries through ICU, with abbreviation suppression.
#include "sentence_break.h"

#include <stdio.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

/// One iterator per thread and locale, reused (opening one is costly; they are not thread-safe).
static __thread UBreakIterator *cached_iterator;
static __thread char cached_locale[32];

static UBreakIterator *iterator_for(const char *locale) {
    if (cached_iterator && strncmp(cached_locale, locale, sizeof cached_locale) == 0) return cached_iterator;
    if (cached_iterator) { ubrk_close(cached_iterator); cached_iterator = NULL; }
    char full[64];
    snprintf(full, sizeof full, "%s@ss=standard", locale);
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open(UBRK_SENTENCE, full, NULL, 0, &status);
    if (U_FAILURE(status)) return NULL;
    cached_iterator = it;
    strncpy(cached_locale, locale, sizeof cached_locale - 1);
    cached_locale[sizeof cached_locale - 1] = 0;
    return it;
}

int32_t brief_sentence_ends(const char *utf8, size_t length, const char *locale, int32_t *ends, int32_t capacity) {
    if (length == 0) return 0;
    if (length > (size_t)INT32_MAX) return -1;
    UBreakIterator *it = iterator_for(locale && *locale ? locale : "en");
    if (!it) return -2;
    UErrorCode status = U_ZERO_ERROR;
    UText *text = utext_openUTF8(NULL, utf8, (int64_t)length, &status);
    if (U_FAILURE(status)) return -3;
    ubrk_setUText(it, text, &status);
    if (U_FAILURE(status)) { utext_close(text); return -4; }
    int32_t count = 0;
    for (int32_t b = ubrk_next(it); b != UBRK_DONE; b = ubrk_next(it)) {
        if (count < capacity) ends[count] = b;
        count++;
    }
    utext_close(text);
    return count;
}
