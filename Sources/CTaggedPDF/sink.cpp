// Where cairo writes its PDF (tagged_pdf.h): an anonymous temporary file,
// written 64 KiB at a time, with where each page went (EarlyContents).
#include "tagged_pdf.h"

#include "sink.h"
#include "structure_tree.h"

#include <cerrno>
#include <cstring>

void tp_sink::put(const unsigned char *data, size_t length) {
    if (error == 0 && fwrite(data, 1, length, file) != length) error = errno ? errno : EIO;
    written += length;
}

bool tp_sink::flush() {
    if (used > 0) { put(buffer, used); used = 0; }
    if (error == 0 && fflush(file) != 0) error = errno ? errno : EIO;
    return error == 0;
}

extern "C" tp_sink *tp_sink_open(void) {
    FILE *f = tmpfile();
    if (!f) return nullptr;
    auto *sink = new tp_sink;
    sink->file = f;
    return sink;
}

extern "C" void tp_sink_page(tp_sink *sink) {
    size_t end = sink->written + sink->used;
    sink->pages.push_back({sink->pageStart, end, false});
    sink->pageStart = end;
}

extern "C" void tp_sink_pages_done(tp_sink *sink, const tp_tree *tree) {
    if (!sink->flush() || sink->pages.empty()) return;
    for (size_t p = 0; p < sink->pages.size(); ++p) sink->pages[p].decorated = tree->isDecorated(p);
    try {
        sink->early = std::make_unique<tagged::EarlyContents>(fileno(sink->file), std::move(sink->pages));
    } catch (std::exception const &) {
        // No thread or file to spare: the tagging step compresses every content itself.
    }
    sink->pages.clear();
}

extern "C" void tp_sink_close(tp_sink *sink) {
    if (!sink) return;
    sink->early.reset();
    fclose(sink->file);
    delete sink;
}

extern "C" int tp_sink_write(void *closure, const unsigned char *data, unsigned int length) {
    auto *sink = static_cast<tp_sink *>(closure);
    if (sink->error || length == 0) return 0;
    if (sink->used + length > sizeof sink->buffer) {
        sink->put(sink->buffer, sink->used);
        sink->used = 0;
    }
    if (length >= sizeof sink->buffer) {
        sink->put(data, length);
    } else {
        std::memcpy(sink->buffer + sink->used, data, length);
        sink->used += length;
    }
    return 0;
}

extern "C" int tp_sink_error(const tp_sink *sink) { return sink->error; }
