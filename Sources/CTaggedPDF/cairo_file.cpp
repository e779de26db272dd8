// cairo's PDF as the tagging step reads it (cairo_file.h).
#include "cairo_file.h"

#include <qpdf/Buffer.hh>
#include <qpdf/BufferInputSource.hh>

#include <sys/mman.h>
#include <sys/stat.h>

#include <cerrno>
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

QPDFTokenizer::Token ObjectScanner::next() {
    auto token = tokenizer.readToken(input, "cairo's PDF", true);
    if (token.getType() == QPDFTokenizer::tt_bad) throw std::runtime_error("cairo's PDF has a token qpdf cannot read");
    return token;
}

void ObjectScanner::open(size_t offset, long long number) {
    input->seek(static_cast<qpdf_offset_t>(offset), SEEK_SET);
    auto n = next(), generation = next(), keyword = next();
    if (!n.isInteger() || std::stoll(n.getValue()) != number || !generation.isInteger() || !keyword.isWord("obj"))
        throw std::runtime_error("object " + std::to_string(number) + " is not where cairo's cross-reference table puts it");
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

ObjectText ObjectScanner::scan(size_t offset, long long number, bool typeOnly) {
    open(offset, number);
    ObjectText text;
    int depth = 0;
    bool opensDictionary = false, typed = false;
    for (int index = 0;; ++index) {
        auto token = next();
        if (token.getType() == QPDFTokenizer::tt_eof) throw std::runtime_error("object " + std::to_string(number) + " has no end");
        depth += nesting(token);
        if (index == 0) opensDictionary = token.getType() == QPDFTokenizer::tt_dict_open;
        if (index == 1) {
            typed = opensDictionary && token.getType() == QPDFTokenizer::tt_name && token.getValue() == "/Type";
            if (!typed && typeOnly) return text;
        }
        if (index == 2 && typed && token.getType() == QPDFTokenizer::tt_name) {
            text.type = token.getValue();
            if (typeOnly) return text;
        }
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

std::string ObjectScanner::bytes(size_t offset, size_t end) {
    std::string out(end - offset, '\0');
    input->seek(static_cast<qpdf_offset_t>(offset), SEEK_SET);
    if (input->read(out.data(), out.size()) != out.size()) throw std::runtime_error("cairo's PDF ends early");
    return out;
}

long long ObjectScanner::reference(size_t offset, long long number, const std::string &key) {
    open(offset, number);
    if (next().getType() != QPDFTokenizer::tt_dict_open) return -1;
    int depth = 1;
    while (depth > 0) {
        auto token = next();
        if (token.getType() == QPDFTokenizer::tt_eof) return -1;
        if (depth == 1 && token.getType() == QPDFTokenizer::tt_name && token.getValue() == key) {
            auto object = next(), generation = next(), r = next();
            if (object.isInteger() && generation.isInteger() && r.isWord("R")) return std::stoll(object.getValue());
            return -1;
        }
        depth += nesting(token);
    }
    return -1;
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

}  // namespace tagged
