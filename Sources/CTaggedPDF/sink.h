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
    /// Bytes handed to the file so far, and where the current page began.
    size_t written = 0, pageStart = 0;
    /// Where each page was written, until cairo finishes.
    std::vector<tagged::EarlyContents::Page> pages;
    /// Their contents, compressed while cairo finishes.
    std::unique_ptr<tagged::EarlyContents> early;

    void put(const unsigned char *data, size_t length);
    /// Writes what is buffered; false once a write has failed.
    bool flush();
};
