// Page contents compressed on a thread of their own while the step goes on
// writing the rest of the file: compression is most of the step's work, and
// the second core is otherwise idle once the layout is done.
#pragma once

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
    /// For contents numbered 0 ..< `count`.
    explicit ContentCompressor(size_t count);
    ~ContentCompressor();
    ContentCompressor(const ContentCompressor &) = delete;
    ContentCompressor &operator=(const ContentCompressor &) = delete;

    /// Queues content `index`; waits while many are queued (memory stays small).
    void add(size_t index, std::string data);
    /// Content `index`, compressed (waits for it); it is let go here.
    std::string take(size_t index);

  private:
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<std::pair<size_t, std::string>> queue;
    std::vector<std::string> results;
    std::vector<bool> ready;
    bool closing = false;
    std::exception_ptr error;
    std::thread worker;

    void run();
};

}  // namespace tagged
