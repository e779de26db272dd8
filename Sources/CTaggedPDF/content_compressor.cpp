// Page contents compressed on a thread of their own (content_compressor.h).
#include "content_compressor.h"

#include "pdf_syntax.h"

namespace tagged {

namespace {
/// Contents waiting at most: a few hundred KB.
constexpr size_t queueLimit = 32;
}

ContentCompressor::ContentCompressor(size_t count) : results(count), ready(count, false), worker([this] { run(); }) {}

ContentCompressor::~ContentCompressor() {
    {
        std::lock_guard<std::mutex> lock(mutex);
        closing = true;
    }
    changed.notify_all();
    worker.join();
}

void ContentCompressor::add(size_t index, std::string data) {
    std::unique_lock<std::mutex> lock(mutex);
    changed.wait(lock, [this] { return queue.size() < queueLimit || error; });
    if (error) std::rethrow_exception(error);
    queue.emplace_back(index, std::move(data));
    changed.notify_all();
}

std::string ContentCompressor::take(size_t index) {
    std::unique_lock<std::mutex> lock(mutex);
    changed.wait(lock, [&] { return ready[index] || error; });
    if (error) std::rethrow_exception(error);
    return std::move(results[index]);
}

void ContentCompressor::run() {
    while (true) {
        std::pair<size_t, std::string> job;
        {
            std::unique_lock<std::mutex> lock(mutex);
            changed.wait(lock, [this] { return !queue.empty() || closing; });
            if (queue.empty()) return;
            job = std::move(queue.front());
            queue.pop_front();
            changed.notify_all();
        }
        try {
            std::string packed = deflate(job.second);
            std::lock_guard<std::mutex> lock(mutex);
            results[job.first] = std::move(packed);
            ready[job.first] = true;
        } catch (...) {
            std::lock_guard<std::mutex> lock(mutex);
            error = std::current_exception();
        }
        changed.notify_all();
    }
}

}  // namespace tagged
