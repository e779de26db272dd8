// cairo's PDF as the tagging step reads it (cairo_file.h).
#include "cairo_file.h"

#include "pdf_syntax.h"

#include <qpdf/Buffer.hh>
#include <qpdf/BufferInputSource.hh>

#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <stdexcept>

namespace tagged {

Mapping::Mapping(FILE *file) {
    int fd = fileno(file);
    struct stat st;
    if (fstat(fd, &st) != 0 || st.st_size <= 0) throw std::runtime_error("cairo's PDF is empty");
    length = static_cast<size_t>(st.st_size);
    data = mmap(nullptr, length, PROT_READ, MAP_PRIVATE, fd, 0);
    if (data == MAP_FAILED) throw std::runtime_error("cannot map cairo's PDF: " + std::string(strerror(errno)));
}

Mapping::~Mapping() { munmap(data, length); }

void Mapping::read() {
    // About a page's content or a hundred small objects: a few hundred KB at most.
    constexpr unsigned objectsBetweenReleases = 64;
    if (++sinceRelease % objectsBetweenReleases == 0) madvise(data, length, MADV_DONTNEED);
}

void Mapping::readUpTo(size_t offset) {
    constexpr size_t bytesBetweenReleases = 1 << 20;
    if (offset < releasedUpTo + bytesBetweenReleases) return;
    release(bytes() + releasedUpTo, offset - releasedUpTo);
    releasedUpTo = offset;
}

void Mapping::release(const char *from, size_t size) const {
    static const uintptr_t page = static_cast<uintptr_t>(sysconf(_SC_PAGESIZE));
    // A fault maps the pages around it too (the kernel's fault-around, 64
    // KiB by default): the range is widened by that much before, where the
    // reading of this range mapped in pages of ranges already let go.
    constexpr uintptr_t faultAround = 64 * 1024;
    uintptr_t base = reinterpret_cast<uintptr_t>(data), top = base + length;
    uintptr_t start = std::max(base, reinterpret_cast<uintptr_t>(from) - std::min(faultAround, reinterpret_cast<uintptr_t>(from) - base));
    uintptr_t end = std::min(top, reinterpret_cast<uintptr_t>(from) + size);
    start &= ~(page - 1);
    end = (end + page - 1) & ~(page - 1);
    if (end > start) madvise(reinterpret_cast<void *>(start), end - start, MADV_DONTNEED);
}

QPDFTokenizer::Token ObjectScanner::next() {
    auto token = tokenizer.readToken(input, "cairo's PDF", true);
    if (token.getType() == QPDFTokenizer::tt_bad) throw std::runtime_error("cairo's PDF has a token qpdf cannot read");
    return token;
}

long long ObjectScanner::open(size_t offset, long long number) {
    input->seek(static_cast<qpdf_offset_t>(offset), SEEK_SET);
    auto n = next(), generation = next(), keyword = next();
    if (!n.isInteger() || (number >= 0 && std::stoll(n.getValue()) != number) || !generation.isInteger() ||
        !keyword.isWord("obj"))
        throw std::runtime_error("object " + std::to_string(number) + " is not where cairo's cross-reference table puts it");
    return std::stoll(n.getValue());
}

namespace {
/// How a token changes the nesting of dictionaries and arrays.
int nesting(const QPDFTokenizer::Token &token) {
    switch (token.getType()) {
    case QPDFTokenizer::tt_dict_open:
    case QPDFTokenizer::tt_array_open: return 1;
    case QPDFTokenizer::tt_dict_close:
    case QPDFTokenizer::tt_array_close: return -1;
    default: return 0;
    }
}
}  // namespace

ObjectText ObjectScanner::scan(size_t offset, long long number) {
    open(offset, number);
    ObjectText text;
    int depth = 0;
    while (true) {
        auto token = next();
        if (token.getType() == QPDFTokenizer::tt_eof) throw std::runtime_error("object " + std::to_string(number) + " has no end");
        depth += nesting(token);
        if (depth == 0 && token.isWord("stream")) {
            text.isStream = true;
            return text;
        }
        if (depth == 0 && token.isWord("endobj")) {
            text.end = static_cast<size_t>(input->tell());
            return text;
        }
    }
}

void ObjectScanner::value(QPDFTokenizer::Token first, DictionaryEntry &entry, long long number) {
    entry.type = first.getType();
    entry.value = first.getValue();
    if (first.getType() == QPDFTokenizer::tt_integer) {
        // "n g R" is a reference; otherwise the integer stands alone and
        // what was read after it is read again as the next key.
        qpdf_offset_t after = input->tell();
        auto generation = next();
        if (generation.getType() == QPDFTokenizer::tt_integer && next().isWord("R")) {
            entry.reference = std::stoll(first.getValue());
            entry.end = static_cast<size_t>(input->tell());
            return;
        }
        input->seek(after, SEEK_SET);
        entry.end = static_cast<size_t>(after);
        return;
    }
    int depth = nesting(first);
    // The references an array holds: each "R" after two integers, as qpdf's
    // parser reads them.
    std::string previous, beforePrevious;
    bool previousInteger = false, beforePreviousInteger = false;
    while (depth > 0) {
        auto token = next();
        if (token.getType() == QPDFTokenizer::tt_eof) throw std::runtime_error("object " + std::to_string(number) + " has no end");
        if (depth == 1 && first.getType() == QPDFTokenizer::tt_array_open && token.isWord("R") && previousInteger &&
            beforePreviousInteger)
            entry.references.push_back(std::stoll(beforePrevious));
        depth += nesting(token);
        beforePrevious = std::move(previous);
        beforePreviousInteger = previousInteger;
        previous = token.getValue();
        previousInteger = token.getType() == QPDFTokenizer::tt_integer;
    }
    entry.end = static_cast<size_t>(input->tell());
}

DictionaryObject ObjectScanner::dictionary(size_t offset, long long number, const std::string &until) {
    DictionaryObject object;
    object.number = open(offset, number);
    auto opening = next();
    if (opening.getType() != QPDFTokenizer::tt_dict_open)
        throw std::runtime_error("object " + std::to_string(number) + " is not a dictionary");
    object.open = static_cast<size_t>(input->getLastOffset());
    while (true) {
        auto token = next();
        if (token.getType() == QPDFTokenizer::tt_dict_close) {
            object.close = static_cast<size_t>(input->getLastOffset());
            break;
        }
        if (token.getType() != QPDFTokenizer::tt_name)
            throw std::runtime_error("object " + std::to_string(number) + " has a dictionary key that is not a name");
        DictionaryEntry entry;
        entry.key = token.getValue();
        entry.start = static_cast<size_t>(input->getLastOffset());
        value(next(), entry, number);
        object.entries.push_back(std::move(entry));
        if (!until.empty() && object.entries.back().key == until) return object;
    }
    auto after = next();
    if (after.isWord("stream")) {
        // The data starts after the end of the "stream" line (CR LF or LF).
        object.isStream = true;
        char c = 0;
        if (input->read(&c, 1) == 1 && c == '\r' && input->read(&c, 1) == 1 && c != '\n') input->unreadCh(c);
        object.data = static_cast<size_t>(input->tell());
    } else if (after.isWord("endobj")) {
        object.end = static_cast<size_t>(input->tell());
    } else {
        throw std::runtime_error("object " + std::to_string(number) + " does not end after its dictionary");
    }
    return object;
}

long long ObjectScanner::integer(size_t offset, long long number) {
    open(offset, number);
    auto value = next();
    if (!value.isInteger() || !next().isWord("endobj"))
        throw std::runtime_error("object " + std::to_string(number) + " is not an integer");
    return std::stoll(value.getValue());
}

long long ObjectScanner::lengthOfStreamBefore(size_t data, long long lengthObject) {
    /// Whether "endstream" at the input's position is followed by "endobj"
    /// and the stream's length object, whose value ends the data right
    /// before it (only the end of its line between).
    struct Finder : InputSource::Finder {
        ObjectScanner &scanner;
        size_t data;
        long long lengthObject, length = -1;
        Finder(ObjectScanner &scanner, size_t data, long long lengthObject)
            : scanner(scanner), data(data), lengthObject(lengthObject) {}
        bool check() override {
            size_t at = static_cast<size_t>(scanner.input->tell());
            try {
                if (!scanner.next().isWord("endstream") || !scanner.next().isWord("endobj")) return false;
                long long value = scanner.integer(static_cast<size_t>(scanner.input->tell()), lengthObject);
                if (value < 0 || data + static_cast<size_t>(value) > at || at - (data + static_cast<size_t>(value)) > 2) return false;
                length = value;
                return true;
            } catch (std::runtime_error const &) {
                return false;  // words in the content that only look like it
            }
        }
    } finder(*this, data, lengthObject);
    input->seek(0, SEEK_END);
    size_t end = static_cast<size_t>(input->tell());
    if (data >= end) return -1;
    if (!input->findFirst("endstream", static_cast<qpdf_offset_t>(data), end - data, finder)) return -1;
    return finder.length;
}

size_t ObjectScanner::streamEnd(size_t dataEnd, long long number) {
    input->seek(static_cast<qpdf_offset_t>(dataEnd), SEEK_SET);
    if (!next().isWord("endstream") || !next().isWord("endobj"))
        throw std::runtime_error("the stream of object " + std::to_string(number) + " does not end where its length says");
    return static_cast<size_t>(input->tell());
}

const DictionaryEntry *DictionaryObject::find(const std::string &key) const {
    for (auto const &e : entries)
        if (e.key == key) return &e;
    return nullptr;
}

std::string DictionaryObject::text(const char *file, const std::vector<std::string> &skip, const std::string &extra) const {
    std::string out;
    size_t from = open;
    for (auto const &e : entries) {
        if (std::find(skip.begin(), skip.end(), e.key) == skip.end()) continue;
        out.append(file + from, e.start - from);
        from = e.end;
    }
    out.append(file + from, close - from);
    return out + " " + extra + ">>";
}

size_t plainObjectEnd(const Mapping &file, size_t offset, size_t next, long long number) {
    static const std::string endobj = "endobj", endstream = "endstream";
    const std::string header = std::to_string(number) + " 0 obj";
    if (next > file.size() || next <= offset || next - offset < header.size() + endobj.size()) return 0;
    const char *start = file.bytes() + offset;
    if (std::memcmp(start, header.data(), header.size()) != 0) return 0;
    auto isSpace = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0'; };
    size_t end = next - offset;
    while (end > header.size() && isSpace(start[end - 1])) --end;
    if (end < header.size() + endobj.size() || std::memcmp(start + end - endobj.size(), endobj.data(), endobj.size()) != 0)
        return 0;
    // "endobj" must be a token of its own, and not end a stream.
    size_t before = end - endobj.size();
    if (!isSpace(start[before - 1]) && std::strchr("()<>[]{}/%", start[before - 1]) == nullptr) return 0;
    size_t last = before;
    while (last > header.size() && isSpace(start[last - 1])) --last;
    if (last >= endstream.size() && std::memcmp(start + last - endstream.size(), endstream.data(), endstream.size()) == 0)
        return 0;
    return offset + end;
}

std::string markDecoration(const char *content, size_t size, int page) {
    Buffer view(reinterpret_cast<unsigned char *>(const_cast<char *>(content)), size);
    auto input = std::make_shared<BufferInputSource>("page content", &view);
    QPDFTokenizer tokenizer;
    tokenizer.allowEOF();
    qpdf_offset_t operandsStart = -1;
    std::string name;
    while (true) {
        qpdf_offset_t at = input->tell();
        auto token = tokenizer.readToken(input, "page content", true);
        auto type = token.getType();
        if (type == QPDFTokenizer::tt_eof || type == QPDFTokenizer::tt_bad) break;
        if (type != QPDFTokenizer::tt_word) {
            if (operandsStart < 0) {
                operandsStart = at;
                name = type == QPDFTokenizer::tt_name ? token.getValue() : "";
            }
            continue;
        }
        if (token.getValue() == "BDC" && operandsStart >= 0 && name == "/NonStruct") {
            size_t start = static_cast<size_t>(operandsStart);
            while (start < size && (content[start] == ' ' || content[start] == '\n' || content[start] == '\r')) ++start;
            size_t end = static_cast<size_t>(input->tell());
            return std::string(content, start) + "/Artifact BMC" + std::string(content + end, size - end);
        }
        if (token.getValue() == "BDC" || token.getValue() == "BMC" || token.getValue() == "BT") break;
        operandsStart = -1;
    }
    throw std::runtime_error("page " + std::to_string(page + 1) + " does not start with its decoration's mark");
}

std::string packContent(const char *content, size_t size, bool decorated, int page) {
    return decorated ? deflate(markDecoration(content, size, page)) : deflate(content, size);
}

}  // namespace tagged
