// The tagged file as it is written: objects at their offsets, objects packed
// into compressed object streams, then a cross-reference stream (PDF 1.5+)
// with the trailer's entries.
#pragma once

#include "tagged_pdf.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace tagged {

/// Objects composed for an object stream (/Type /ObjStm), compressed.
struct ObjectStream {
    long long number;
    std::string dict;
    std::string data;
    std::vector<long long> members;

    /// Packs `objects` (number and text) as object stream `number`.
    static ObjectStream pack(long long number, const std::vector<std::pair<long long, std::string>> &objects);
};

/// The cross-reference stream's second field (/W [1 w 2]) is at least this
/// wide: 4 bytes hold every offset below 4 GiB.
constexpr int minimumOffsetWidth = 4;

/// How many bytes the cross-reference stream's second field needs so that
/// `largest` (the largest offset, or object stream number, it holds) is
/// not cut short: 4, or more for a file past 4 GiB (at most 8).
int crossReferenceOffsetWidth(unsigned long long largest);

class FileWriter {
  public:
    FileWriter(tp_write_fn write, void *context) : sink(write), context(context) {}

    void header();
    void object(long long number, const std::string &body);
    /// An object copied as cairo wrote it, from "N 0 obj" to "endobj".
    void verbatim(long long number, const char *bytes, size_t length);
    /// A stream; unfiltered data is compressed (`dict` must then not name a filter or length).
    void stream(long long number, const std::string &dict, const char *data, size_t size, bool compress);
    void objectStream(const ObjectStream &stream);

    /// The cross-reference stream over every number below `size` (those not
    /// written are free) as object `size`, the trailer's entries, and the end
    /// of the file. The offsets' field is as wide as the largest offset
    /// needs (`crossReferenceOffsetWidth`). The file's /ID is a hash of everything written: the same
    /// file, the same /ID.
    void finish(long long size, const std::string &trailerEntries);

  private:
    tp_write_fn sink;
    void *context;
    size_t written = 0;
    /// By object number: 0 (free), or the row's type in the top bits and
    /// its fields below — the offset (type 1), or the object stream and the
    /// index in it (type 2).
    std::vector<uint64_t> rows;
    unsigned long long h1 = 1469598103934665603ULL, h2 = 0x9E3779B97F4A7C15ULL;

    void record(long long number, uint64_t row);
    void put(const char *bytes, size_t length);
    void put(const std::string &s) { put(s.data(), s.size()); }
};

}  // namespace tagged
