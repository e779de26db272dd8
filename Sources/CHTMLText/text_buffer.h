#ifndef BRIEF_TEXT_BUFFER_H
#define BRIEF_TEXT_BUFFER_H

#include <stddef.h>

/// A growing, always NUL-terminated byte buffer: what the HTML readers
/// write their text into. Private to CHTMLText (not in include/).
typedef struct { char *data; size_t length, capacity; } buffer;

/// Appends `n` bytes of `s`; on allocation failure the buffer stays as it was.
void brief_buffer_append(buffer *b, const char *s, size_t n);

#endif
