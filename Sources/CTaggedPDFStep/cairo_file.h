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
#include <vector>

namespace tagged {

/// cairo's file, mapped for qpdf to read in place (qpdf's own file input
/// reads a character at a time, several times slower: docs/engine-notes.md).
/// The pages of a
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
    /// Reading in file order has reached `offset`: every megabyte or so, the
    /// pages before it are let go (one call for many objects: each call
    /// walks the mapping's page table and interrupts the other core).
    void readUpTo(size_t offset);
    /// Lets the kernel reclaim the pages holding `size` bytes at `from`
    /// (read and done with).
    void release(const char *from, size_t size) const;

  private:
    void *data;
    size_t length;
    unsigned sinceRelease = 0;
    size_t releasedUpTo = 0;
};

/// What the tokens of one object say, without building it.
struct ObjectText {
    bool isStream = false;
    /// Where "endobj" ends (not for streams).
    size_t end = 0;
};

/// One entry of a dictionary at the top level of an object, as its tokens
/// give it.
struct DictionaryEntry {
    std::string key;
    /// From the key's first byte to the value's last.
    size_t start = 0, end = 0;
    /// The value's first token: its type and value (a name, an integer…).
    QPDFTokenizer::token_type_e type = QPDFTokenizer::tt_bad;
    std::string value;
    /// The object an "n g R" value refers to, or -1.
    long long reference = -1;
    /// The objects an array value refers to, in order.
    std::vector<long long> references;
};

/// An object whose value is a dictionary, read from its tokens, not built.
struct DictionaryObject {
    /// The object's number.
    long long number = -1;
    std::vector<DictionaryEntry> entries;
    /// Where "<<" and the closing ">>" start.
    size_t open = 0, close = 0;
    bool isStream = false;
    /// Where a stream's data starts.
    size_t data = 0;
    /// Where "endobj" ends (not for streams).
    size_t end = 0;

    const DictionaryEntry *find(const std::string &key) const;
    /// The dictionary's text without the entries named in `skip`, with
    /// `extra` added at its end.
    std::string text(const char *file, const std::vector<std::string> &skip, const std::string &extra) const;
};

/// Reads objects' text with qpdf's tokenizer, from the input qpdf reads
/// (every read seeks first, so the two can take turns).
class ObjectScanner {
  public:
    explicit ObjectScanner(std::shared_ptr<InputSource> input) : input(std::move(input)) {}
    /// The object at `offset` (where its "N 0 obj" starts).
    ObjectText scan(size_t offset, long long number);
    /// The dictionary that is the object at `offset` (numbered `number`, or
    /// any number when it is -1), or that opens its stream; read only up to
    /// the entry `until` when one is named (the rest, its end included, is
    /// then not known).
    DictionaryObject dictionary(size_t offset, long long number, const std::string &until = "");
    /// The length of the stream whose data starts at `data`, when its
    /// length is object `lengthObject` and that object follows the stream,
    /// as cairo writes them: the first "endstream" after which come
    /// "endobj" and that object, whose value ends the data right before it.
    /// -1 when there is none (the stream is then read once the
    /// cross-reference table is known).
    long long lengthOfStreamBefore(size_t data, long long lengthObject);
    /// The object at `offset` that is one integer (a stream's length).
    long long integer(size_t offset, long long number);
    /// Where the "endobj" of a stream whose data ends at `dataEnd` ends.
    size_t streamEnd(size_t dataEnd, long long number);

  private:
    std::shared_ptr<InputSource> input;
    QPDFTokenizer tokenizer;
    QPDFTokenizer::Token next();
    /// Reads "N 0 obj" (N is `number`, or any when -1); returns N.
    long long open(size_t offset, long long number);
    /// Reads a value whose first token is `first`, into `entry`.
    void value(QPDFTokenizer::Token first, DictionaryEntry &entry, long long number);
};

/// Where the object at `offset` ends (just after its "endobj"), when it is
/// a plain object written as cairo writes one: "N 0 obj", its value,
/// "endobj", then only white space up to `next` (where the next object
/// starts). 0 when it is not known so — a stream, or anything else: the tokenizer decides then. (Objects are copied as they
/// are; this spares the tokenizer the 3,000 resource dictionaries of a
/// long brief.)
size_t plainObjectEnd(const Mapping &file, size_t offset, size_t next, long long number);

/// The content stream with its first mark — the decoration's, cairo's
/// `/NonStruct <</MCID 0>> BDC` — made `/Artifact BMC` (its EMC stays).
/// Only the start of the stream is read, with qpdf's tokenizer.
std::string markDecoration(const char *content, size_t size, int page);

/// A page's content as the final file holds it: its decoration's mark made
/// an artifact when it has one (`decorated`), compressed. The same bytes
/// whichever thread makes them.
std::string packContent(const char *content, size_t size, bool decorated, int page);

}  // namespace tagged
