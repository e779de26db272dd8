// The sink cairo writes into (tagged_pdf.h).
#pragma once

#include <cstddef>
#include <cstdio>

struct tp_sink {
    FILE *file;
    int error = 0;
    size_t used = 0;
    unsigned char buffer[1 << 16];

    void put(const unsigned char *data, size_t length);
    /// Writes what is buffered; false once a write has failed.
    bool flush();
};
