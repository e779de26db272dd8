// Where cairo writes its PDF (tagged_pdf.h): an anonymous temporary file,
// written 64 KiB at a time, with where each page went (EarlyContents).
#include "tagged_pdf.h"

#include "sink.h"
#include "structure_tree.h"

#include <cerrno>
#include <cstring>

void tp_sink::put(const unsigned char *data, size_t length) {
    if (error == 0 && fwrite(data, 1, length, file) != length) error = errno ? errno : EIO;
    if (error == 0 && fflush(file) != 0) error = errno ? errno : EIO;
    written += length;
    publish();
}

bool tp_sink::flush() {
    if (used > 0) { put(buffer, used); used = 0; }
    return error == 0;
}

void tp_sink::publish() {
    if (!early || pending.empty()) return;
    size_t ready = 0;
    while (ready < pending.size() && pending[ready].to <= written) early->add(pending[ready++]);
    pending.erase(pending.begin(), pending.begin() + static_cast<std::ptrdiff_t>(ready));
}

extern "C" tp_sink *tp_sink_open(void) {
    FILE *f = tmpfile();
    if (!f) return nullptr;
    auto *sink = new tp_sink;
    sink->file = f;
    return sink;
}

extern "C" void tp_sink_page(tp_sink *sink, const tp_tree *tree, int compress_early) {
    size_t end = sink->written + sink->used;
    size_t page = sink->pages++;
    tagged::EarlyContents::Page shown{sink->pageStart, end, tree->isDecorated(page)};
    sink->pageStart = end;
    if (!compress_early || sink->noEarly || sink->error) return;
    if (!sink->early) {
        if (page > 0) return;  // asked for only after the first page: not for a part of the file
        try {
            sink->early = std::make_unique<tagged::EarlyContents>(fileno(sink->file), compress_early == 2);
        } catch (std::exception const &) {
            // No thread or file to spare: the tagging step compresses every content itself.
            sink->noEarly = true;
            return;
        }
    }
    sink->pending.push_back(shown);
    sink->publish();
}

extern "C" void tp_sink_pages_done(tp_sink *sink) {
    if (!sink->flush() || !sink->early) return;
    sink->early->allAdded();
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

extern "C" size_t tp_sink_compressed_ahead(const tp_sink *sink) { return sink->early ? sink->early->taken() : 0; }

extern "C" int tp_sink_error(const tp_sink *sink) { return sink->error; }
