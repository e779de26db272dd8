// Page contents compressed before the tagging step needs them. cairo
// writes a page's objects when the page is shown, its content stream
// first. While pages are painted both cores are busy, but not always: a
// thread at idle priority (SCHED_IDLE) compresses each page's content in
// the gaps, and never takes a core from layout or painting. Once every
// page is written a second thread at normal priority joins it, while
// cairo finishes its file on the first core. Each finds a page's content
// stream among the bytes the page was written as. The tagging step takes
// a result only where cairo's finished file has the same stream at the
// same offset with the same length; a page no thread has begun, or one
// not as expected, it compresses itself.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
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

    /// Starts the idle-priority thread, which reads pages from `fd`
    /// (cairo's file) as they are added. A `patient` instance leaves no page
    /// to the caller: `result` waits for the threads (for tests).
    EarlyContents(int fd, bool patient);
    ~EarlyContents();
    EarlyContents(const EarlyContents &) = delete;
    EarlyContents &operator=(const EarlyContents &) = delete;

    /// The next page, now wholly in the file.
    void add(Page page);
    /// Every page has been added: a thread at normal priority joins in.
    void allAdded();

    /// Page `page`'s result: waits while a thread is compressing it. A page
    /// no thread has begun is left to the caller (not `found`), as is one
    /// whose content was not found.
    EarlyContent result(size_t page);
    /// A result's compressed stream.
    std::string compressed(const EarlyContent &content) const;
    /// How many found results `result` has given.
    size_t taken() const;

  private:
    enum class State : uint8_t { waiting, working, ready, leftToCaller };

    int fd;
    bool patient;
    /// The compressed streams, kept in a file of their own rather than in
    /// memory (megabytes on a long summary, against a memory budget).
    FILE *store;
    size_t storeSize = 0;
    bool storeFailed = false;
    mutable std::mutex mutex;
    std::condition_variable changed;
    /// Each page added, where it stands, and its result once ready.
    struct Slot {
        Page page;
        State state = State::waiting;
        EarlyContent result;
    };
    std::vector<Slot> slots;
    /// The first page no thread has looked at.
    size_t next = 0;
    size_t found = 0;
    bool complete = false, stopping = false;
    std::thread background, helper;

    /// Compresses pages in order until there are no more; at idle priority
    /// when `idle`.
    void work(bool idle);
    /// The content of a page written as `bytes`, which start at `from`.
    EarlyContent compress(size_t page, const std::string &bytes, size_t from, bool decorated);
    /// Keeps `packed` in the store; false when the disk is full.
    bool keep(const std::string &packed, size_t &at);
};

}  // namespace tagged
