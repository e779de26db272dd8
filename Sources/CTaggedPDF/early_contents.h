// Page contents compressed while cairo finishes its file. cairo writes a
// page's objects when the page is shown, its content stream first; by the
// time `cairo_surface_finish` runs — writing fonts, its structure tree and
// its cross-reference table on one core for a fifth of a second on a long
// brief — every page is in the file, and the other core is idle. This
// thread uses it: it finds each page's content stream among the bytes the
// page was written as, and compresses it. The tagging step takes a result
// only where cairo's finished file has the same stream at the same offset
// with the same length; anywhere else it compresses the content itself.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdio>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace tagged {

/// One page's content stream, compressed ahead.
struct EarlyContent {
    /// Where the stream's data starts in cairo's file, and its length.
    size_t data = 0, length = 0;
    /// Where the compressed stream is kept, and its size.
    size_t stored = 0, size = 0;
    bool found = false;
};

class EarlyContents {
  public:
    /// A page, written between `from` and `to`; its decoration's mark is
    /// made an artifact when `decorated`.
    struct Page {
        size_t from, to;
        bool decorated;
    };

    /// Starts compressing `pages`, read from `fd` (cairo's file, written
    /// past the last page).
    EarlyContents(int fd, std::vector<Page> pages);
    ~EarlyContents();
    EarlyContents(const EarlyContents &) = delete;
    EarlyContents &operator=(const EarlyContents &) = delete;

    /// Page `page`'s result, once the thread has come to it (pages are
    /// done in order); nothing was found when it is not `found`.
    EarlyContent result(size_t page);
    /// A result's compressed stream.
    std::string compressed(const EarlyContent &content) const;

  private:
    int fd;
    std::vector<Page> pages;
    /// The compressed streams, kept in a file of their own rather than in
    /// memory (9 MB on a 3,000-page summary).
    FILE *store;
    size_t storeSize = 0;
    bool storeFailed = false;
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<EarlyContent> results;
    /// Pages done so far, and whether the thread is asked to stop.
    size_t done = 0;
    bool stopping = false;
    std::thread worker;

    void run();
    /// The content of a page written as `bytes`, which start at `from`.
    EarlyContent compress(size_t page, const std::string &bytes, size_t from, bool decorated);
};

}  // namespace tagged
