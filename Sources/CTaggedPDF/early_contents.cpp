// Page contents compressed while cairo finishes its file (early_contents.h).
#include "early_contents.h"

#include "cairo_file.h"
#include "pdf_syntax.h"

#include <qpdf/Buffer.hh>
#include <qpdf/BufferInputSource.hh>

#include <unistd.h>

#include <stdexcept>

namespace tagged {

EarlyContents::EarlyContents(int fd, std::vector<Page> pages)
    : fd(fd), pages(std::move(pages)), store(tmpfile()), results(this->pages.size()) {
    if (!store) throw std::runtime_error("no temporary file");
    try {
        worker = std::thread([this] { run(); });
    } catch (...) {
        fclose(store);
        throw;
    }
}

EarlyContents::~EarlyContents() {
    {
        std::lock_guard<std::mutex> lock(mutex);
        stopping = true;
    }
    if (worker.joinable()) worker.join();
    fclose(store);
}

EarlyContent EarlyContents::result(size_t page) {
    std::unique_lock<std::mutex> lock(mutex);
    changed.wait(lock, [&] { return done > page || done == pages.size(); });
    return page < results.size() ? results[page] : EarlyContent();
}

std::string EarlyContents::compressed(const EarlyContent &content) const {
    std::string out(content.size, '\0');
    if (pread(fileno(store), out.data(), out.size(), static_cast<off_t>(content.stored)) != static_cast<ssize_t>(out.size()))
        throw std::runtime_error("reading back a compressed page failed");
    return out;
}

void EarlyContents::run() {
    // Read a megabyte or so of pages at a time.
    constexpr size_t bytesPerRead = 1 << 20;
    for (size_t first = 0; first < pages.size();) {
        size_t last = first;
        while (last + 1 < pages.size() && pages[last + 1].to - pages[first].from <= bytesPerRead) ++last;
        size_t from = pages[first].from, to = pages[last].to;
        std::string span(to > from ? to - from : 0, '\0');
        bool read = !span.empty() && pread(fd, span.data(), span.size(), static_cast<off_t>(from)) == static_cast<ssize_t>(span.size());
        for (size_t p = first; p <= last; ++p) {
            EarlyContent content;
            if (read && pages[p].to > pages[p].from && pages[p].from >= from)
                content = compress(p, span.substr(pages[p].from - from, pages[p].to - pages[p].from), pages[p].from, pages[p].decorated);
            std::lock_guard<std::mutex> lock(mutex);
            results[p] = content;
            done = p + 1;
            changed.notify_all();
            if (stopping) return;
        }
        first = last + 1;
    }
}

EarlyContent EarlyContents::compress(size_t page, const std::string &bytes, size_t from, bool decorated) {
    EarlyContent content;
    try {
        // The page's first object is its content stream: plain data whose
        // length object follows it.
        Buffer view(reinterpret_cast<unsigned char *>(const_cast<char *>(bytes.data())), bytes.size());
        auto input = std::make_shared<BufferInputSource>("a page cairo wrote", &view);
        ObjectScanner scanner(input);
        auto dict = scanner.dictionary(0, -1);
        auto length = dict.find("/Length");
        if (!dict.isStream || dict.find("/Filter") || !length || length->reference < 0) return content;
        long long size = scanner.lengthOfStreamBefore(dict.data, length->reference);
        if (size < 0) return content;
        const char *data = bytes.data() + dict.data;
        std::string packed = decorated ? deflate(markDecoration(data, static_cast<size_t>(size), static_cast<int>(page)))
                                       : deflate(data, static_cast<size_t>(size));
        if (storeFailed ||
            pwrite(fileno(store), packed.data(), packed.size(), static_cast<off_t>(storeSize)) != static_cast<ssize_t>(packed.size())) {
            // The disk is full: from here on, none is kept.
            storeFailed = true;
            return content;
        }
        content.stored = storeSize;
        content.size = packed.size();
        storeSize += packed.size();
        content.data = from + dict.data;
        content.length = static_cast<size_t>(size);
        content.found = true;
    } catch (std::exception const &) {
        // Not as expected: the tagging step reads this page's content itself.
        content = EarlyContent();
    }
    return content;
}

}  // namespace tagged
