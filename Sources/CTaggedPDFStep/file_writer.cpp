// The tagged file as it is written (file_writer.h).
#include "file_writer.h"

#include "pdf_syntax.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <stdexcept>

namespace tagged {

namespace {
// A row as `rows` keeps it: its type in the top two bits, its fields below.
constexpr uint64_t inFile = 1ULL << 62, inStream = 2ULL << 62, fieldMask = (1ULL << 62) - 1;
}

ObjectStream ObjectStream::pack(long long number, const std::vector<std::pair<long long, std::string>> &objects) {
    ObjectStream stream;
    stream.number = number;
    std::string head, data;
    for (auto const &[member, text] : objects) {
        head += std::to_string(member) + " " + std::to_string(data.size()) + " ";
        data += text + "\n";
        stream.members.push_back(member);
    }
    stream.data = deflate(head + data);
    stream.dict = "<</Type/ObjStm/N " + std::to_string(objects.size()) + "/First " + std::to_string(head.size()) +
                  "/Filter/FlateDecode>>";
    return stream;
}

void FileWriter::header() { put("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"); }

void FileWriter::record(long long number, uint64_t row) {
    if (rows.size() <= static_cast<size_t>(number)) rows.resize(number + 1, 0);
    rows[number] = row;
}

void FileWriter::object(long long number, const std::string &body) {
    record(number, inFile | written);
    put(std::to_string(number) + " 0 obj\n" + body + "\nendobj\n");
}

void FileWriter::verbatim(long long number, const char *bytes, size_t length) {
    record(number, inFile | written);
    put(bytes, length);
    put("\n", 1);
}

void FileWriter::stream(long long number, const std::string &dict, const char *data, size_t size, bool compress) {
    record(number, inFile | written);
    std::string packed = compress ? deflate(data, size) : std::string();
    const char *bytes = compress ? packed.data() : data;
    size_t length = compress ? packed.size() : size;
    put(std::to_string(number) + " 0 obj\n" + dict.substr(0, dict.size() - 2) + (compress ? "/Filter/FlateDecode" : "") +
        "/Length " + std::to_string(length) + ">>\nstream\n");
    put(bytes, length);
    put("\nendstream\nendobj\n");
}

void FileWriter::objectStream(const ObjectStream &s) {
    stream(s.number, s.dict, s.data.data(), s.data.size(), false);
    for (size_t i = 0; i < s.members.size(); ++i)
        record(s.members[i], inStream | (static_cast<uint64_t>(s.number) << 16) | i);
}

int crossReferenceOffsetWidth(unsigned long long largest) {
    int width = 1;
    while (width < 8 && (largest >> (8 * width)) != 0) ++width;
    return std::max(width, minimumOffsetWidth);
}

void FileWriter::finish(long long size, const std::string &trailerEntries) {
    long long self = size;
    size_t at = written;
    record(self, inFile | at);
    // Field 2 holds an offset (type 1) or an object stream's number (type
    // 2): as wide as the largest needs, at least 4 bytes.
    unsigned long long largest = 0;
    for (uint64_t r : rows) {
        if ((r & ~fieldMask) == inFile) largest = std::max<unsigned long long>(largest, r & fieldMask);
        else if ((r & ~fieldMask) == inStream) largest = std::max<unsigned long long>(largest, (r & fieldMask) >> 16);
    }
    const int width = crossReferenceOffsetWidth(largest);
    std::string table;
    table.reserve(static_cast<size_t>(self + 1) * static_cast<size_t>(3 + width));
    auto row = [&table, width](int type, unsigned long long field2, unsigned field3) {
        table += static_cast<char>(type);
        for (int shift = 8 * (width - 1); shift >= 0; shift -= 8) table += static_cast<char>((field2 >> shift) & 0xFF);
        table += static_cast<char>((field3 >> 8) & 0xFF);
        table += static_cast<char>(field3 & 0xFF);
    };
    for (long long n = 0; n <= self; ++n) {
        uint64_t r = static_cast<size_t>(n) < rows.size() ? rows[n] : 0;
        if ((r & ~fieldMask) == inFile) row(1, r & fieldMask, 0);
        else if ((r & ~fieldMask) == inStream) row(2, (r & fieldMask) >> 16, static_cast<unsigned>(r & 0xFFFF));
        else row(0, 0, n == 0 ? 65535 : 1);
    }
    std::string data = deflate(table);
    char hex[40];
    std::snprintf(hex, sizeof hex, "<%016llx%016llx>", h1, h2);
    put(std::to_string(self) + " 0 obj\n<</Type/XRef/Size " + std::to_string(self + 1) + "/W [1 " + std::to_string(width) +
        " 2]" + trailerEntries + "/ID [" + hex + hex + "]/Filter/FlateDecode/Length " + std::to_string(data.size()) +
        ">>\nstream\n");
    put(data);
    put("\nendstream\nendobj\nstartxref\n" + std::to_string(at) + "\n%%EOF\n");
}

void FileWriter::put(const char *bytes, size_t length) {
    // FNV-1a over 8-byte words, twice, over everything written: the /ID.
    // (Pieces are hashed as they come; the same file comes in the same pieces.)
    size_t i = 0;
    for (; i + 8 <= length; i += 8) {
        uint64_t word;
        std::memcpy(&word, bytes + i, 8);
        h1 = (h1 ^ word) * 1099511628211ULL;
        h2 = (h2 ^ word) * 6700417ULL + 1;
    }
    for (; i < length; ++i) {
        auto c = static_cast<unsigned char>(bytes[i]);
        h1 = (h1 ^ c) * 1099511628211ULL;
        h2 = (h2 ^ c) * 6700417ULL + 1;
    }
    if (length > 0 && sink(context, reinterpret_cast<unsigned char const *>(bytes), length) != 0)
        throw std::runtime_error("writing the PDF failed");
    written += length;
}

}  // namespace tagged

extern "C" int tp_xref_offset_width(unsigned long long largest) { return tagged::crossReferenceOffsetWidth(largest); }
