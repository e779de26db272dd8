// cairo's PDF as the tagging step reads it: mapped into memory, objects
// found by the offsets of its cross-reference table, their text read with
// qpdf's tokenizer (never by hand).
#pragma once

#include <qpdf/InputSource.hh>
#include <qpdf/QPDFTokenizer.hh>

#include <cstdio>
#include <memory>
#include <string>
#include <utility>

namespace tagged {

/// cairo's file, mapped for qpdf to read in place (qpdf's own file input
/// reads a character at a time: three times slower here). The pages of a
/// mapped file count as the process's memory while they are mapped in, so
/// what has been read is let go every few objects (`read`).
class Mapping {
  public:
    explicit Mapping(FILE *file);
    ~Mapping();
    Mapping(const Mapping &) = delete;
    Mapping &operator=(const Mapping &) = delete;
    const char *bytes() const { return static_cast<const char *>(data); }
    size_t size() const { return length; }
    /// Counts an object read; every few, lets the kernel reclaim the pages
    /// read so far (they are read again if needed).
    void read();

  private:
    void *data;
    size_t length;
    unsigned sinceRelease = 0;
};

/// What the tokens of one object say, without building it.
struct ObjectText {
    /// The value of a /Type that opens its dictionary ("/StructElem"), or "".
    std::string type;
    bool isStream = false;
    /// Where "endobj" ends (not for streams, nor when only the type was asked).
    size_t end = 0;
};

/// Reads objects' text with qpdf's tokenizer, from the input qpdf reads
/// (every read seeks first, so the two can take turns).
class ObjectScanner {
  public:
    explicit ObjectScanner(std::shared_ptr<InputSource> input) : input(std::move(input)) {}
    /// The object at `offset` (where its "N 0 obj" starts); `typeOnly` stops
    /// after the first entry of its dictionary.
    ObjectText scan(size_t offset, long long number, bool typeOnly);
    /// The object number of `key`'s value ("/ParentTree 7 0 R") at the top
    /// level of the dictionary of the object at `offset`, or -1.
    long long reference(size_t offset, long long number, const std::string &key);
    /// The bytes from `offset` to `end`.
    std::string bytes(size_t offset, size_t end);

  private:
    std::shared_ptr<InputSource> input;
    QPDFTokenizer tokenizer;
    QPDFTokenizer::Token next();
    void open(size_t offset, long long number);
};

/// The content stream with its first mark — the decoration's, cairo's
/// `/NonStruct <</MCID 0>> BDC` — made `/Artifact BMC` (its EMC stays).
/// Only the start of the stream is read, with qpdf's tokenizer.
std::string markDecoration(const char *content, size_t size, int page);

}  // namespace tagged
