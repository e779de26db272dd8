// Page contents marked and compressed on a thread of their own while the
// step goes on writing the rest of the file: compression is most of the
// step's work, and the second core is otherwise idle once the layout is done.
#pragma once

#include "cairo_file.h"

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace tagged {

class ContentCompressor {
  public:
    /// For contents numbered 0 ..< `count`, read from `source` (whose
    /// pages are let go as each content is done with).
    ContentCompressor(size_t count, const Mapping &source);
    ~ContentCompressor();
    ContentCompressor(const ContentCompressor &) = delete;
    ContentCompressor &operator=(const ContentCompressor &) = delete;

    /// Queues content `index`: `size` bytes at `data`, read in place (they
    /// must stay until `take`), its decoration's mark made an artifact first
    /// when `decorated` (see markDecoration).
    void add(size_t index, const char *data, size_t size, bool decorated);
    /// Content `index`, compressed; it is let go here. The calling thread
    /// compresses queued contents itself while it waits.
    std::string take(size_t index);

  private:
    const Mapping &source;
    std::mutex mutex;
    std::condition_variable changed;
    struct Job {
        size_t index;
        const char *data;
        size_t size;
        bool decorated;
    };
    std::deque<Job> queue;
    std::vector<std::string> results;
    std::vector<bool> ready;
    bool closing = false;
    std::exception_ptr error;
    std::thread worker;

    /// Contents a thread has compressed since it last let their pages go:
    /// pages are let go a megabyte at a time (each call interrupts the
    /// other core to flush its TLB).
    struct Done {
        const char *from = nullptr, *to = nullptr;
    };
    Done mainDone;

    void run();
    void compress(const Job &job, Done &done);
    void release(Done &done);
};

}  // namespace tagged
