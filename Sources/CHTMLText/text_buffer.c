#include "text_buffer.h"

#include <stdlib.h>
#include <string.h>

void brief_buffer_append(buffer *b, const char *s, size_t n) {
    if (b->length + n + 1 > b->capacity) {
        size_t cap = b->capacity ? b->capacity * 2 : 4096;
        while (cap < b->length + n + 1) cap *= 2;
        char *grown = realloc(b->data, cap);
        if (!grown) return;
        b->data = grown; b->capacity = cap;
    }
    memcpy(b->data + b->length, s, n);
    b->length += n;
    b->data[b->length] = 0;
}
