// Page contents compressed on a thread of their own (content_compressor.h).
#include "content_compressor.h"

#include "pdf_syntax.h"

namespace tagged {

ContentCompressor::ContentCompressor(size_t count, const Mapping &source)
    : source(source), results(count), ready(count, false), worker([this] { run(); }) {}

ContentCompressor::~ContentCompressor() {
    {
        std::lock_guard<std::mutex> lock(mutex);
        closing = true;
    }
    changed.notify_all();
    worker.join();
    release(mainDone);
}

void ContentCompressor::add(size_t index, const char *data, size_t size, bool decorated) {
    std::lock_guard<std::mutex> lock(mutex);
    if (error) std::rethrow_exception(error);
    queue.push_back({index, data, size, decorated});
    changed.notify_all();
}

std::string ContentCompressor::take(size_t index) {
    std::unique_lock<std::mutex> lock(mutex);
    // The caller has nothing else to do: it compresses queued contents too
    // until this one is done.
    while (!ready[index] && !error) {
        if (queue.empty()) {
            changed.wait(lock);
            continue;
        }
        Job job = queue.front();
        queue.pop_front();
        lock.unlock();
        compress(job, mainDone);
        lock.lock();
    }
    if (error) std::rethrow_exception(error);
    return std::move(results[index]);
}

void ContentCompressor::run() {
    Done done;
    std::unique_lock<std::mutex> lock(mutex);
    while (true) {
        changed.wait(lock, [this] { return !queue.empty() || closing; });
        if (queue.empty()) break;
        Job job = queue.front();
        queue.pop_front();
        lock.unlock();
        compress(job, done);
        lock.lock();
    }
    lock.unlock();
    release(done);
}

void ContentCompressor::release(Done &done) {
    if (done.from) source.release(done.from, static_cast<size_t>(done.to - done.from));
    done = Done();
}

void ContentCompressor::compress(const Job &job, Done &done) {
    try {
        std::string packed = job.decorated ? deflate(markDecoration(job.data, job.size, static_cast<int>(job.index)))
                                           : deflate(job.data, job.size);
        // Contents come in file order, so what this thread has done spans
        // one range (the other thread's contents within it are read again
        // if they are let go early).
        constexpr ptrdiff_t bytesBetweenReleases = 1 << 20;
        if (!done.from || job.data < done.from) done.from = job.data;
        if (job.data + job.size > done.to) done.to = job.data + job.size;
        if (done.to - done.from >= bytesBetweenReleases) release(done);
        std::lock_guard<std::mutex> lock(mutex);
        results[job.index] = std::move(packed);
        ready[job.index] = true;
    } catch (...) {
        std::lock_guard<std::mutex> lock(mutex);
        error = std::current_exception();
    }
    changed.notify_all();
}

}  // namespace tagged
