// The sink cairo writes into (tagged_pdf.h).
#pragma once

#include "early_contents.h"

#include <cstddef>
#include <cstdio>
#include <memory>
#include <vector>

struct tp_sink {
    FILE *file;
    int error = 0;
    size_t used = 0;
    unsigned char buffer[1 << 16];
    /// Bytes in the file so far, and where the current page began.
    size_t written = 0, pageStart = 0;
    /// Pages written so far.
    size_t pages = 0;
    /// Pages written but still partly in the buffer.
    std::vector<tagged::EarlyContents::Page> pending;
    /// Their contents, compressed ahead (when asked for: `tp_sink_page`).
    std::unique_ptr<tagged::EarlyContents> early;
    /// Whether starting `early` failed (no thread or file to spare).
    bool noEarly = false;

    /// Writes to the file, and flushes it: what `written` counts is there to read.
    void put(const unsigned char *data, size_t length);
    /// Writes what is buffered; false once a write has failed.
    bool flush();
    /// Hands the pages now wholly in the file to `early`.
    void publish();
};
