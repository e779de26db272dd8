// Page contents compressed before the tagging step needs them (early_contents.h).
#include "early_contents.h"

#include "cairo_file.h"
#include "pdf_syntax.h"

#include <qpdf/Buffer.hh>
#include <qpdf/BufferInputSource.hh>

#include <pthread.h>
#include <sched.h>
#include <unistd.h>

#include <stdexcept>

namespace tagged {

EarlyContents::EarlyContents(int fd, bool patient) : fd(fd), patient(patient), store(tmpfile()) {
    if (!store) throw std::runtime_error("no temporary file");
    try {
        background = std::thread([this] { work(true); });
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
    changed.notify_all();
    if (background.joinable()) background.join();
    if (helper.joinable()) helper.join();
    fclose(store);
}

void EarlyContents::add(Page page) {
    {
        std::lock_guard<std::mutex> lock(mutex);
        slots.push_back(Slot{page});
    }
    changed.notify_all();
}

void EarlyContents::allAdded() {
    {
        std::lock_guard<std::mutex> lock(mutex);
        complete = true;
    }
    changed.notify_all();
    try {
        helper = std::thread([this] { work(false); });
    } catch (std::exception const &) {
        // No thread to spare: the idle one and the tagging step share the rest.
    }
}

EarlyContent EarlyContents::result(size_t page) {
    std::unique_lock<std::mutex> lock(mutex);
    if (page >= slots.size()) return EarlyContent();
    changed.wait(lock, [&] {
        State state = slots[page].state;
        return state != State::working && !(patient && state == State::waiting);
    });
    Slot &slot = slots[page];
    if (slot.state == State::waiting) {
        slot.state = State::leftToCaller;
        return EarlyContent();
    }
    if (slot.result.found) ++found;
    return slot.result;
}

size_t EarlyContents::taken() const {
    std::lock_guard<std::mutex> lock(mutex);
    return found;
}

std::string EarlyContents::compressed(const EarlyContent &content) const {
    std::string out(content.size, '\0');
    if (pread(fileno(store), out.data(), out.size(), static_cast<off_t>(content.stored)) != static_cast<ssize_t>(out.size()))
        throw std::runtime_error("reading back a compressed page failed");
    return out;
}

void EarlyContents::work(bool idle) {
    if (idle) {
        // Only the cores' idle time: never slows layout or painting.
        sched_param none{};
        pthread_setschedparam(pthread_self(), SCHED_IDLE, &none);
    }
    std::string bytes;
    for (;;) {
        size_t p;
        Page page;
        {
            std::unique_lock<std::mutex> lock(mutex);
            changed.wait(lock, [&] { return stopping || complete || next < slots.size(); });
            while (next < slots.size() && slots[next].state != State::waiting) ++next;
            if (stopping || next >= slots.size()) {
                if (stopping || complete) return;
                continue;
            }
            p = next++;
            page = slots[p].page;
            slots[p].state = State::working;
        }
        EarlyContent content;
        if (page.to > page.from) {
            bytes.resize(page.to - page.from);
            if (pread(fd, bytes.data(), bytes.size(), static_cast<off_t>(page.from)) == static_cast<ssize_t>(bytes.size()))
                content = compress(p, bytes, page.from, page.decorated);
        }
        {
            std::lock_guard<std::mutex> lock(mutex);
            slots[p].result = content;
            slots[p].state = State::ready;
        }
        changed.notify_all();
    }
}

bool EarlyContents::keep(const std::string &packed, size_t &at) {
    {
        std::lock_guard<std::mutex> lock(mutex);
        if (storeFailed) return false;
        at = storeSize;
        storeSize += packed.size();
    }
    if (pwrite(fileno(store), packed.data(), packed.size(), static_cast<off_t>(at)) == static_cast<ssize_t>(packed.size()))
        return true;
    // The disk is full: from here on, none is kept.
    std::lock_guard<std::mutex> lock(mutex);
    storeFailed = true;
    return false;
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
        std::string packed = packContent(data, static_cast<size_t>(size), decorated, static_cast<int>(page));
        if (!keep(packed, content.stored)) return EarlyContent();
        content.size = packed.size();
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
