// The tagging step after cairo, with libqpdf. See tagged_pdf.h.
//
// cairo 1.16 writes marked content for structure tags, but only for leaf
// elements, ignores attributes (/Alt, /Lang, /Scope), refuses the Artifact
// tag, and has no catalog /Lang, XMP or viewer preferences
// (PLATFORM-NOTES.md). So the painter uses cairo's tags flat — one tag per
// run of content, named by its element's role, MCIDs numbered as cairo
// numbers them — and draws each page's decoration first, in one
// /NonStruct mark (a group per page, the other way, slowed cairo down page
// by page).
//
// This step then writes the final file from cairo's: every object cairo
// wrote that the document still reaches, as qpdf reads and serializes it,
// except cairo's flat structure tree, which is replaced by the real one —
// its parent tree reusing the keys cairo gave pages and link annotations.
// Changed on the way: the catalog (/StructTreeRoot, /MarkInfo, /Lang,
// /ViewerPreferences, XMP metadata), link annotations (/Contents), pages
// with annotations (/Tabs /S), and each page's content, whose first mark —
// the decoration's — becomes /Artifact (found with qpdf's content
// tokenizer, reading only the start of the stream). cairo leaves content
// uncompressed (CAIRO_DEBUG_PDF) and every unfiltered stream is compressed
// here once. The new objects (packed in object streams), the
// cross-reference stream and the trailer are composed here; through qpdf's
// object model and writer, the same tree cost 40–90% of the whole run on a
// 304-page specimen (measured).

#include "tagged_pdf.h"

#include <qpdf/Buffer.hh>
#include <qpdf/BufferInputSource.hh>
#include <qpdf/Pipeline.hh>
#include <qpdf/Pl_Buffer.hh>
#include <qpdf/Pl_Flate.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFTokenizer.hh>

#include <sys/mman.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <thread>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace {

struct Kid {
    enum Kind { element, content, annotation } kind;
    int32_t a;  // element index, or page
    int32_t b;  // MCID, or annotation index on the page
};

struct Element {
    std::string role;
    int32_t parent;
    std::vector<Kid> kids;
    std::vector<std::pair<std::string, std::string>> attributes;
};

struct Annotation {
    int32_t element;
    int32_t page;
    int32_t index;
    std::string contents;
};

}  // namespace

/// The parent-tree entry of a page's decoration mark: none (it becomes an artifact).
constexpr int32_t decorationMark = -2;

struct tp_tree {
    std::deque<Element> elements;  // a deque: growing never copies what is there
    std::vector<Annotation> annotations;
    /// For each page, the element of each MCID (cairo's numbering).
    std::vector<std::vector<int32_t>> marked;
    /// Pages whose first mark (MCID 0) is their decoration.
    std::vector<int32_t> decorated;
};

extern "C" tp_tree *tp_tree_new(void) {
    auto *tree = new tp_tree;
    tree->elements.push_back(Element{"Document", -1, {}, {}});
    return tree;
}

extern "C" void tp_tree_free(tp_tree *tree) { delete tree; }

extern "C" int32_t tp_element(tp_tree *tree, int32_t parent, const char *role) {
    auto index = static_cast<int32_t>(tree->elements.size());
    tree->elements.push_back(Element{role, parent, {}, {}});
    tree->elements[parent].kids.push_back(Kid{Kid::element, index, 0});
    return index;
}

extern "C" void tp_attribute(tp_tree *tree, int32_t element, const char *key, const char *value) {
    tree->elements[element].attributes.emplace_back(key, value);
}

extern "C" void tp_content(tp_tree *tree, int32_t element, int32_t page, int32_t mcid) {
    tree->elements[element].kids.push_back(Kid{Kid::content, page, mcid});
    if (tree->marked.size() <= static_cast<size_t>(page)) tree->marked.resize(page + 1);
    auto &marks = tree->marked[page];
    if (marks.size() <= static_cast<size_t>(mcid)) marks.resize(mcid + 1, -1);
    marks[mcid] = element;
}

extern "C" void tp_annotation(tp_tree *tree, int32_t element, int32_t page, int32_t index, const char *contents) {
    tree->elements[element].kids.push_back(Kid{Kid::annotation, page, index});
    tree->annotations.push_back(Annotation{element, page, index, contents});
}

extern "C" void tp_decoration(tp_tree *tree, int32_t page, int32_t mcid) {
    if (mcid != 0) return;  // the painter draws decoration first; anything else is a programming error caught below
    tree->decorated.push_back(page);
    if (tree->marked.size() <= static_cast<size_t>(page)) tree->marked.resize(page + 1);
    auto &marks = tree->marked[page];
    if (marks.empty()) marks.push_back(decorationMark);
}

namespace {

using QOH = QPDFObjectHandle;

/// A PDF text string: literal when plain ASCII, else UTF-16BE in hex.
std::string textString(const std::string &utf8) {
    bool plain = std::all_of(utf8.begin(), utf8.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
    if (plain) {
        std::string out = "(";
        for (char c : utf8) {
            if (c == '(' || c == ')' || c == '\\') out += '\\';
            out += c;
        }
        return out + ")";
    }
    return QOH::newUnicodeString(utf8).unparse();
}

std::string ref(long long object) { return std::to_string(object) + " 0 R"; }

std::string xmlEscape(const std::string &s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

/// "D:20250131102030Z" (or with an offset) → "2025-01-31T10:20:30Z".
std::string isoDate(const std::string &pdf) {
    std::string d = pdf.rfind("D:", 0) == 0 ? pdf.substr(2) : pdf;
    if (d.size() < 14) return "";
    std::string out = d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2) + "T" + d.substr(8, 2) + ":" +
                      d.substr(10, 2) + ":" + d.substr(12, 2);
    std::string zone = d.substr(14);
    if (zone.empty() || zone[0] == 'Z') return out + "Z";
    // +HH'mm' → +HH:mm
    std::string digits;
    for (char c : zone.substr(1))
        if (c >= '0' && c <= '9') digits += c;
    if (digits.size() >= 4) return out + zone[0] + digits.substr(0, 2) + ":" + digits.substr(2, 2);
    return out + "Z";
}

std::string infoText(QOH info, const char *key) {
    auto v = info.isDictionary() ? info.getKey(key) : QOH::newNull();
    return v.isString() ? v.getUTF8Value() : "";
}

/// XMP metadata agreeing with cairo's Info dictionary, with the PDF/UA identification.
std::string xmp(QOH info, const std::string &language) {
    std::string title = infoText(info, "/Title"), author = infoText(info, "/Author"),
                subject = infoText(info, "/Subject"), keywords = infoText(info, "/Keywords"),
                creator = infoText(info, "/Creator"), producer = infoText(info, "/Producer"),
                created = isoDate(infoText(info, "/CreationDate")), modified = isoDate(infoText(info, "/ModDate"));
    std::string s =
        "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "<rdf:Description rdf:about=\"\"\n"
        " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
        " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
        " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
        " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
        "<pdfuaid:part>1</pdfuaid:part>\n"
        "<dc:format>application/pdf</dc:format>\n";
    s += "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmlEscape(title) + "</rdf:li></rdf:Alt></dc:title>\n";
    if (!author.empty()) s += "<dc:creator><rdf:Seq><rdf:li>" + xmlEscape(author) + "</rdf:li></rdf:Seq></dc:creator>\n";
    if (!subject.empty())
        s += "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmlEscape(subject) +
             "</rdf:li></rdf:Alt></dc:description>\n";
    s += "<dc:language><rdf:Bag><rdf:li>" + xmlEscape(language) + "</rdf:li></rdf:Bag></dc:language>\n";
    if (!keywords.empty()) s += "<pdf:Keywords>" + xmlEscape(keywords) + "</pdf:Keywords>\n";
    if (!producer.empty()) s += "<pdf:Producer>" + xmlEscape(producer) + "</pdf:Producer>\n";
    if (!creator.empty()) s += "<xmp:CreatorTool>" + xmlEscape(creator) + "</xmp:CreatorTool>\n";
    if (!created.empty()) s += "<xmp:CreateDate>" + created + "</xmp:CreateDate>\n";
    if (!modified.empty()) s += "<xmp:ModifyDate>" + modified + "</xmp:ModifyDate>\n<xmp:MetadataDate>" + modified + "</xmp:MetadataDate>\n";
    s += "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>\n";
    return s;
}

/// A dictionary's entries as qpdf writes them, except `skip`, followed by `extra`.
std::string dictionary(QOH dict, const std::vector<std::string> &skip, const std::string &extra) {
    std::string out = "<<";
    for (auto [key, value] : dict.getDictAsMap()) {
        if (std::find(skip.begin(), skip.end(), key) != skip.end() || value.isNull()) continue;
        out += QOH::newName(key).unparse() + " " + value.unparse() + " ";
    }
    return out + extra + ">>";
}

/// Compressed with zlib's fastest level: on a brief's content it costs a
/// third of the default level's time for files about a tenth larger
/// (measured on a 304-page specimen).
std::string deflate(const std::string &data) {
    static bool fastest = [] { Pl_Flate::setCompressionLevel(1); return true; }();
    (void)fastest;
    Pl_Buffer buffer("deflated");
    Pl_Flate flate("deflate", &buffer, Pl_Flate::a_deflate);
    flate.write(reinterpret_cast<unsigned char const *>(data.data()), data.size());
    flate.finish();
    auto b = buffer.getBufferSharedPointer();
    return std::string(reinterpret_cast<char const *>(b->getBuffer()), b->getSize());
}

/// The output file: objects at their offsets, written as they come (the
/// structure tree's in compressed object streams), then a cross-reference
/// stream (PDF 1.5+) with the trailer's entries.
class FileWriter {
  public:
    FileWriter(tp_write_fn write, void *context, std::function<long long()> allocate)
        : sink(write), context(context), allocate(std::move(allocate)) {}

    void header() { put("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"); }

    void object(long long number, const std::string &body) {
        offsets[number] = written;
        put(std::to_string(number) + " 0 obj\n" + body + "\nendobj\n");
    }

    /// Object `number` is the `index`-th of object stream `stream`.
    void member(long long number, long long stream, unsigned index) { inStream[number] = {stream, index}; }

    /// A stream; unfiltered data is compressed (`dict` must then not name a filter or length).
    void stream(long long number, const std::string &dict, const std::string &data, bool compress) {
        offsets[number] = written;
        std::string packedData = compress ? deflate(data) : std::string();
        const std::string &bytes = compress ? packedData : data;
        std::string d = dict.substr(0, dict.size() - 2) + (compress ? "/Filter/FlateDecode" : "") + "/Length " +
                        std::to_string(bytes.size()) + ">>";
        put(std::to_string(number) + " 0 obj\n" + d + "\nstream\n");
        put(bytes);
        put("\nendstream\nendobj\n");
    }

    /// The cross-reference stream over every number (those not written are
    /// free) with the trailer's entries, and the end of the file.
    void finish(const std::string &trailerEntries, const std::function<std::string(const std::string &)> &id) {
        long long self = allocate();
        long long size = self + 1;
        std::string rows;
        rows.reserve(static_cast<size_t>(size) * 7);
        auto row = [&rows](int type, unsigned long long field2, unsigned field3) {
            rows += static_cast<char>(type);
            for (int shift = 24; shift >= 0; shift -= 8) rows += static_cast<char>((field2 >> shift) & 0xFF);
            rows += static_cast<char>((field3 >> 8) & 0xFF);
            rows += static_cast<char>(field3 & 0xFF);
        };
        size_t at = written;
        offsets[self] = at;
        for (long long n = 0; n < size; ++n) {
            if (auto o = offsets.find(n); o != offsets.end()) row(1, o->second, 0);
            else if (auto c = inStream.find(n); c != inStream.end()) row(2, static_cast<unsigned long long>(c->second.first), c->second.second);
            else row(0, 0, n == 0 ? 65535 : 1);
        }
        std::string data = deflate(rows);
        std::string fileID = id(fingerprint());
        put(std::to_string(self) + " 0 obj\n<</Type/XRef/Size " + std::to_string(size) + "/W [1 4 2]" + trailerEntries +
            "/ID [" + fileID + fileID + "]/Filter/FlateDecode/Length " + std::to_string(data.size()) + ">>\nstream\n");
        put(data);
        put("\nendstream\nendobj\nstartxref\n" + std::to_string(at) + "\n%%EOF\n");
    }

  private:
    tp_write_fn sink;
    void *context;
    std::function<long long()> allocate;
    size_t written = 0;
    std::map<long long, size_t> offsets;
    std::map<long long, std::pair<long long, unsigned>> inStream;
    unsigned long long h1 = 1469598103934665603ULL, h2 = 0x9E3779B97F4A7C15ULL;

    /// Everything written so far, hashed (FNV-1a, twice): the same file, the same /ID.
    std::string fingerprint() const {
        char hex[40];
        std::snprintf(hex, sizeof hex, "%016llx%016llx", h1, h2);
        return hex;
    }

    void put(const std::string &s) {
        for (unsigned char c : s) {
            h1 = (h1 ^ c) * 1099511628211ULL;
            h2 = (h2 ^ c) * 6700417ULL + 1;
        }
        if (!s.empty() && sink(context, reinterpret_cast<unsigned char const *>(s.data()), s.size()) != 0)
            throw std::runtime_error("writing the PDF failed");
        written += s.size();
    }
};

/// The content stream with its first mark — the decoration's, cairo's
/// `/NonStruct <</MCID 0>> BDC` — made `/Artifact BMC` (its EMC stays).
/// Only the start of the stream is read, with qpdf's tokenizer.
std::string markDecoration(const std::string &content, int page) {
    Buffer view(reinterpret_cast<unsigned char *>(const_cast<char *>(content.data())), content.size());
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
            while (start < content.size() && (content[start] == ' ' || content[start] == '\n' || content[start] == '\r')) ++start;
            size_t end = static_cast<size_t>(input->tell());
            return content.substr(0, start) + "/Artifact BMC" + content.substr(end);
        }
        if (token.getValue() == "BDC" || token.getValue() == "BMC" || token.getValue() == "BT") break;
        operandsStart = -1;
    }
    throw std::runtime_error("page " + std::to_string(page + 1) + " does not start with its decoration's mark");
}

/// The structure tree's objects, packed into compressed object streams:
/// composed on a second thread while qpdf copies cairo's objects.
struct PackedTree {
    struct Stream { long long number; std::string dict; std::string data; std::vector<long long> members; };
    std::vector<Stream> streams;
};

PackedTree packTree(const tp_tree &tree, const std::vector<long long> &numbers, long long root, long long parentTree,
                    const std::map<long long, std::string> &entries, const std::vector<std::string> &pageRef,
                    const std::vector<std::vector<std::string>> &annotRef, const std::vector<long long> &streamNumbers,
                    size_t perStream) {
    // Objects are packed as they are composed: only one stream's worth of text is held.
    PackedTree packed;
    std::vector<std::pair<long long, std::string>> batch;
    auto flush = [&] {
        if (batch.empty()) return;
        std::string head, data;
        PackedTree::Stream stream;
        stream.number = streamNumbers[packed.streams.size()];
        for (auto &[number, text] : batch) {
            head += std::to_string(number) + " " + std::to_string(data.size()) + " ";
            data += text + "\n";
            stream.members.push_back(number);
        }
        stream.data = deflate(head + data);
        stream.dict = "<</Type/ObjStm/N " + std::to_string(batch.size()) + "/First " + std::to_string(head.size()) +
                      "/Filter/FlateDecode>>";
        packed.streams.push_back(std::move(stream));
        batch.clear();
    };
    auto add = [&](long long number, std::string text) {
        batch.emplace_back(number, std::move(text));
        if (batch.size() >= perStream) flush();
    };
    std::string body;
    for (size_t i = 0; i < tree.elements.size(); ++i) {
        const Element &e = tree.elements[i];
        int32_t home = -1;
        for (auto const &k : e.kids)
            if (k.kind != Kid::element) { home = k.a; break; }
        body = "<</Type/StructElem/S/" + e.role + "/P " + ref(e.parent < 0 ? root : numbers[e.parent]);
        if (home >= 0) body += "/Pg " + pageRef[home];
        std::string kids;
        for (auto const &k : e.kids) {
            if (!kids.empty()) kids += " ";
            switch (k.kind) {
            case Kid::element: kids += ref(numbers[k.a]); break;
            case Kid::content:
                if (k.a == home) kids += std::to_string(k.b);
                else kids += "<</Type/MCR/Pg " + pageRef[k.a] + "/MCID " + std::to_string(k.b) + ">>";
                break;
            case Kid::annotation:
                kids += "<</Type/OBJR/Obj " + annotRef[k.a][k.b] + "/Pg " + pageRef[k.a] + ">>";
                break;
            }
        }
        // A single kid stands alone (ISO 32000-1, 14.7.2, /K).
        if (!e.kids.empty()) body += e.kids.size() == 1 ? "/K " + kids : "/K [" + kids + "]";
        for (auto const &[key, value] : e.attributes) {
            if (key == "Scope") body += "/A <</O/Table/Scope/" + value + ">>";
            else body += "/" + key + " " + textString(value);
        }
        add(numbers[i], body + ">>");
    }
    std::string nums = "<</Nums [";
    long long last = -1;
    for (auto const &[k, v] : entries) { nums += std::to_string(k) + " " + v + " "; last = k; }
    add(parentTree, nums + "]>>");
    add(root, "<</Type/StructTreeRoot/K " + ref(numbers[0]) + "/ParentTree " + ref(parentTree) +
                  "/ParentTreeNextKey " + std::to_string(last + 1) + ">>");
    flush();
    return packed;
}

/// cairo's file, mapped for qpdf to read in place. What has been read is
/// dropped from memory as the copy moves on (`release`): a 3,000-page
/// brief's content is large before compression.
class Mapping {
  public:
    explicit Mapping(FILE *file) {
        int fd = fileno(file);
        struct stat st;
        if (fstat(fd, &st) != 0 || st.st_size <= 0) throw std::runtime_error("cairo's PDF is empty");
        size = static_cast<size_t>(st.st_size);
        data = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (data == MAP_FAILED) throw std::runtime_error("cannot map cairo's PDF: " + std::string(strerror(errno)));
    }
    ~Mapping() { munmap(data, size); }
    Mapping(const Mapping &) = delete;
    Mapping &operator=(const Mapping &) = delete;
    const char *bytes() const { return static_cast<const char *>(data); }
    /// Lets the kernel reclaim the pages read so far; they are read again if needed.
    void release() { madvise(data, size, MADV_DONTNEED); }
    size_t size;

  private:
    void *data;
};

void write(tp_tree &tree, FILE *file, const tp_document &doc, tp_write_fn sink, void *context) {
    Mapping cairo(file);
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("cairo's PDF", cairo.bytes(), cairo.size);
    auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
    size_t pageCount = pages.size();
    if (tree.marked.size() > pageCount) throw std::runtime_error("structure refers to a page cairo did not write");

    auto trailer = pdf.getTrailer();
    auto catalog = pdf.getRoot();
    auto info = trailer.getKey("/Info");
    long long next = trailer.getKey("/Size").getIntValue();
    auto allocate = [&next]() { return next++; };
    constexpr size_t perStream = 200;
    long long root = allocate(), parentTree = allocate(), metadata = allocate();
    std::vector<long long> numbers(tree.elements.size());
    for (auto &n : numbers) n = allocate();
    std::vector<long long> streamNumbers((tree.elements.size() + 2 + perStream - 1) / perStream);
    for (auto &n : streamNumbers) n = allocate();
    FileWriter out(sink, context, allocate);

    std::vector<QOH> pageObjects;
    std::vector<std::string> pageRef;
    std::vector<std::vector<QOH>> annots(pageCount);
    std::vector<std::vector<std::string>> annotRef(pageCount);
    for (size_t p = 0; p < pageCount; ++p) {
        pageObjects.push_back(pages[p].getObjectHandle());
        pageRef.push_back(pageObjects[p].unparse());
        auto a = pageObjects[p].getKey("/Annots");
        if (a.isArray()) annots[p] = a.getArrayAsVector();
        for (auto &annot : annots[p]) annotRef[p].push_back(annot.unparse());
    }

    // Objects written with changes, by number: their new text.
    std::map<long long, std::string> changed;

    // The parent tree, under the keys cairo gave pages and annotations.
    std::map<long long, std::string> entries;
    for (size_t p = 0; p < pageCount; ++p) {
        if (p >= tree.marked.size() || tree.marked[p].empty()) continue;
        auto key = pageObjects[p].getKey("/StructParents");
        if (!key.isInteger()) throw std::runtime_error("cairo gave a page with marked content no /StructParents");
        std::string array = "[";
        for (int32_t e : tree.marked[p]) {
            if (e == decorationMark) { array += "null "; continue; }
            if (e < 0) throw std::runtime_error("an MCID of page " + std::to_string(p + 1) + " has no element");
            array += ref(numbers[e]) + " ";
        }
        entries[key.getIntValue()] = array + "]";
    }
    for (auto const &a : tree.annotations) {
        if (static_cast<size_t>(a.page) >= pageCount || static_cast<size_t>(a.index) >= annots[a.page].size())
            throw std::runtime_error("structure refers to a link annotation cairo did not write");
        auto annot = annots[a.page][a.index];
        auto key = annot.getKey("/StructParent");
        if (!key.isInteger()) throw std::runtime_error("cairo gave a link annotation no /StructParent");
        entries[key.getIntValue()] = ref(numbers[a.element]);
        changed[annot.getObjectID()] = dictionary(annot, {"/Contents"}, "/Contents " + textString(a.contents));
    }
    for (size_t p = 0; p < pageCount; ++p)
        if (!annots[p].empty())
            changed[pageObjects[p].getObjectID()] = dictionary(pageObjects[p], {"/Tabs"}, "/Tabs/S");
    changed[catalog.getObjectID()] =
        dictionary(catalog, {"/StructTreeRoot", "/MarkInfo", "/Lang", "/ViewerPreferences", "/Metadata", "/Version"},
                   "/Version/1.7/StructTreeRoot " + ref(root) + "/MarkInfo <</Marked true>>/Lang " +
                       textString(doc.language) + "/ViewerPreferences <</DisplayDocTitle true>>/Metadata " + ref(metadata));

    // Page content streams, by number: their page (the decoration's paint is
    // marked as an artifact when they are copied).
    std::vector<bool> decorated(pageCount, false);
    for (int32_t p : tree.decorated) {
        if (static_cast<size_t>(p) >= pageCount) throw std::runtime_error("decoration on a page cairo did not write");
        decorated[p] = true;
    }
    std::map<long long, size_t> contentPage;
    for (size_t p = 0; p < pageCount; ++p) {
        auto stream = pageObjects[p].getKey("/Contents");
        bool plain = stream.isStream() && !stream.getDict().hasKey("/Filter");
        if (plain) contentPage[stream.getObjectID()] = p;
        else if (decorated[p]) throw std::runtime_error("page " + std::to_string(p + 1) + " has no plain content stream");
    }

    // The structure tree is composed and packed meanwhile.
    PackedTree packed;
    std::exception_ptr treeError;
    std::thread packer([&] {
        try {
            packed = packTree(tree, numbers, root, parentTree, entries, pageRef, annotRef, streamNumbers, perStream);
        } catch (...) {
            treeError = std::current_exception();
        }
    });
    struct Join { std::thread &t; ~Join() { if (t.joinable()) t.join(); } } joiner{packer};

    // cairo's objects the document reaches, except its structure tree.
    std::set<long long> keep;
    auto visit = [&](QOH o, auto &self) -> void {
        if (o.isIndirect()) {
            if (!keep.insert(o.getObjectID()).second) return;
        }
        if (o.isStream()) {
            self(o.getDict(), self);
        } else if (o.isDictionary()) {
            for (auto [key, value] : o.getDictAsMap()) {
                if (key == "/StructTreeRoot" || key == "/Parent" || key == "/P") continue;
                self(value, self);
            }
        } else if (o.isArray()) {
            for (auto &item : o.getArrayAsVector()) self(item, self);
        }
    };
    visit(catalog, visit);
    if (!info.isNull()) visit(info, visit);
    for (auto &page : pageObjects) visit(page, visit);  // /Parent was not followed: the page tree, from the pages up
    for (auto &page : pageObjects) {
        auto parent = page.getKey("/Parent");
        while (parent.isIndirect() && keep.insert(parent.getObjectID()).second) parent = parent.getKey("/Parent");
    }

    out.header();
    size_t copied = 0;
    for (long long number : keep) {
        if (++copied % 512 == 0) cairo.release();
        auto o = pdf.getObjectByID(static_cast<int>(number), 0);
        if (auto c = changed.find(number); c != changed.end()) {
            out.object(number, c->second);
        } else if (auto c = contentPage.find(number); c != contentPage.end()) {
            auto raw = o.getRawStreamData();
            std::string data(reinterpret_cast<char const *>(raw->getBuffer()), raw->getSize());
            raw.reset();
            if (decorated[c->second]) data = markDecoration(data, static_cast<int>(c->second));
            out.stream(number, dictionary(o.getDict(), {"/Length", "/DecodeParms"}, ""), data, true);
        } else if (o.isStream()) {
            bool filtered = o.getDict().hasKey("/Filter");
            auto raw = o.getRawStreamData();
            std::string data(reinterpret_cast<char const *>(raw->getBuffer()), raw->getSize());
            out.stream(number, dictionary(o.getDict(), filtered ? std::vector<std::string>{"/Length"}
                                                                : std::vector<std::string>{"/Length", "/DecodeParms"}, ""),
                       data, !filtered);
        } else {
            out.object(number, o.unparseResolved());
        }
    }
    out.stream(metadata, "<</Type/Metadata/Subtype/XML>>", xmp(info, doc.language), false);

    packer.join();
    if (treeError) std::rethrow_exception(treeError);
    for (auto &s : packed.streams) {
        out.stream(s.number, s.dict, s.data, false);
        for (unsigned i = 0; i < s.members.size(); ++i) out.member(s.members[i], s.number, i);
    }

    std::string trailerEntries = "/Root " + catalog.unparse();
    if (info.isIndirect()) trailerEntries += "/Info " + info.unparse();
    out.finish(trailerEntries, [](const std::string &hex) { return "<" + hex + ">"; });
}

}  // namespace

struct tp_sink {
    FILE *file;
    int error = 0;
    size_t used = 0;
    unsigned char buffer[1 << 16];

    void put(const unsigned char *data, size_t length) {
        if (error == 0 && fwrite(data, 1, length, file) != length) error = errno ? errno : EIO;
    }
    bool flush() {
        if (used > 0) { put(buffer, used); used = 0; }
        if (error == 0 && fflush(file) != 0) error = errno ? errno : EIO;
        return error == 0;
    }
};

extern "C" tp_sink *tp_sink_open(void) {
    FILE *f = tmpfile();
    if (!f) return nullptr;
    auto *sink = new tp_sink;
    sink->file = f;
    return sink;
}

extern "C" void tp_sink_close(tp_sink *sink) {
    if (!sink) return;
    fclose(sink->file);
    delete sink;
}

extern "C" int tp_sink_write(void *closure, const unsigned char *data, unsigned int length) {
    auto *sink = static_cast<tp_sink *>(closure);
    if (sink->error || length == 0) return 0;
    if (sink->used + length > sizeof sink->buffer) {
        sink->put(sink->buffer, sink->used);
        sink->used = 0;
    }
    if (length >= sizeof sink->buffer) {
        sink->put(data, length);
    } else {
        std::memcpy(sink->buffer + sink->used, data, length);
        sink->used += length;
    }
    return 0;
}

extern "C" int tp_sink_error(const tp_sink *sink) { return sink->error; }

extern "C" int tp_finish(tp_tree *tree, tp_sink *input, const tp_document *document,
                         tp_write_fn sink, void *context, char *error, size_t error_size) {
    try {
        if (!input->flush()) throw std::runtime_error(std::string("writing the temporary file failed: ") + strerror(input->error));
        write(*tree, input->file, *document, sink, context);
        return 0;
    } catch (std::exception const &e) {
        if (error && error_size > 0) {
            std::strncpy(error, e.what(), error_size - 1);
            error[error_size - 1] = 0;
        }
        return -1;
    }
}
