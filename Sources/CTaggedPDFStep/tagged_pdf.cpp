// The tagging step, with libqpdf. See tagged_pdf.h.
//
// brief's PDF writer (Sources/Typesetting/PDF) writes an intermediate file
// in the conventions cairo 1.16's PDF surface had, which brief used
// before: structure as flat marks — one mark per run of content, named by
// its element's role, MCIDs numbered as StructureRecorder counts them —
// and each page's decoration drawn first, in one /NonStruct mark. Names
// below still say "cairo's file" for that intermediate.
//
// This step then writes the final file from it. qpdf reads the
// intermediate's cross-reference table, trailer, catalog and the few
// streams it has to decode; every other object is read from its tokens
// (qpdf's tokenizer, never by hand), in place in a mapping of the file, so
// that memory holds no object model of the document:
// - each page's content stream (left uncompressed), its first mark (the
//   decoration's) made /Artifact and compressed with libdeflate — ahead,
//   while pages were painted and the writer finished its file
//   (EarlyContents), or here for a page no thread began or where that
//   found another stream — written after the other objects, in page order;
//   its link annotations, which this step writes from what the painter
//   recorded (rectangle, target, /Contents description); the page itself,
//   with /Annots and /Tabs /S when it has links;
// - then every other object, copied as it is — unfiltered streams
//   compressed — except the catalog, which gains /StructTreeRoot, /MarkInfo, /Lang,
//   /ViewerPreferences and XMP metadata;
// - the structure tree (composed and packed into object streams on a
//   third thread meanwhile), its parent tree under the keys the pages give
//   (/StructParents) and, after them, the annotations', and a
//   cross-reference stream whose offsets are as wide as the largest needs.
// Why not through qpdf's object model and writer: it cost a large part of
// a whole run and held the whole document in memory (docs/engine-notes.md,
// "Why the step reads tokens").
//
// What it relies on in the intermediate file, and what checks each:
// - MCIDs numbered 0, 1, 2 … per page in the order marks are opened, as
//   StructureRecorder counts them: MarkedContentTests and the golden
//   structure dumps read each sequence's text back from the file;
// - the decoration's mark first on each page (/NonStruct <</MCID 0>> BDC):
//   markDecoration throws when a page does not start with it;
// - contents plain, each page's content stream the first of its objects
//   with its length in the object after it (ObjectWriter): a decorated page
//   with a filtered content stream throws;
// - no annotations on pages: a page with /Annots throws; no object streams
//   in the file: throws.

#include "tagged_pdf.h"

#include "cairo_file.h"
#include "early_contents.h"
#include "file_writer.h"
#include "pdf_syntax.h"
#include "sink.h"
#include "structure_tree.h"
#include "structure_writer.h"

#include <qpdf/Buffer.hh>
#include <qpdf/BufferInputSource.hh>
#include <qpdf/QPDF.hh>

#include <malloc.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace tagged {
namespace {

/// What the step needs of one page, read before anything is written.
struct PageObjects {
    long long number;
    DictionaryObject page;
    long long content;
};

class Finisher {
  public:
    Finisher(tp_tree &tree, FILE *file, EarlyContents *early, const tp_document &doc, tp_write_fn sink, void *context)
        : tree(tree), doc(doc), early(early), cairo(file),
          view(reinterpret_cast<unsigned char *>(const_cast<char *>(cairo.bytes())), cairo.size()),
          input(std::make_shared<BufferInputSource>("cairo's PDF", &view)), scanner(input), out(sink, context) {
        pdf.setSuppressWarnings(true);
        pdf.processInputSource(input);
    }

    void run();

  private:
    tp_tree &tree;
    const tp_document &doc;
    /// Contents compressed while cairo finished its file, if any.
    EarlyContents *early;
    Mapping cairo;
    Buffer view;  // the mapping, not copied
    std::shared_ptr<InputSource> input;
    ObjectScanner scanner;
    QPDF pdf;
    FileWriter out;
    /// cairo's objects in file order, and each one's offset by number.
    std::vector<std::pair<size_t, long long>> order;
    std::vector<size_t> offsetOf;
    /// Objects already written, or left out, by number.
    std::vector<bool> done;
    /// The parent tree's entries, under the keys cairo gave.
    std::map<long long, std::string> parentTree;
    /// Page contents, written last, in page order: where their data is in
    /// cairo's file, and the dictionary they are written with.
    struct QueuedContent {
        size_t page;
        long long number;
        std::string dict;
        size_t data, length;
        bool decorated;
    };
    std::vector<QueuedContent> contents;

    void readCrossReferences();
    size_t offset(long long number) const {
        if (number <= 0 || static_cast<size_t>(number) >= offsetOf.size() || offsetOf[number] == 0)
            throw std::runtime_error("cairo's PDF refers to object " + std::to_string(number) + ", which it did not write");
        return offsetOf[number];
    }
    DictionaryObject dictionaryOf(long long number, const std::string &until = "") {
        cairo.read();
        return scanner.dictionary(offset(number), number, until);
    }
    void collectPages(long long node, std::vector<PageObjects> &pages, int depth);
    void writeContent(size_t p, long long number);
    void writePage(size_t p, PageObjects &objects, const TreeNumbers &numbers,
                   const std::vector<std::vector<const Annotation *>> &links, long long &nextKey);
    /// A link annotation, as the step writes it under parent-tree key `key`.
    static std::string annotation(const Annotation &link, long long key);
    void writeStream(long long number, QOH stream);
    /// A content, compressed: as it was while cairo finished when it is
    /// the same stream, or now.
    std::string compressed(const QueuedContent &content);
};

std::string Finisher::compressed(const QueuedContent &c) {
    if (early) {
        EarlyContent ahead = early->result(c.page);
        if (ahead.found && ahead.data == c.data && ahead.length == c.length) return early->compressed(ahead);
    }
    const char *data = cairo.bytes() + c.data;
    std::string packed = packContent(data, c.length, c.decorated, static_cast<int>(c.page));
    cairo.release(data, c.length);
    return packed;
}

void Finisher::readCrossReferences() {
    auto table = pdf.getXRefTable();
    order.reserve(table.size());
    for (auto const &[og, entry] : table) {
        if (entry.getType() == 2) throw std::runtime_error("cairo's PDF has object streams");
        if (entry.getType() != 1 || og.getGen() != 0) continue;
        order.emplace_back(static_cast<size_t>(entry.getOffset()), og.getObj());
    }
    std::sort(order.begin(), order.end());
    long long size = pdf.getTrailer().getKey("/Size").getIntValue();
    offsetOf.assign(static_cast<size_t>(size), 0);
    done.assign(static_cast<size_t>(size), false);
    for (auto const &[offset, number] : order) {
        if (number >= size) throw std::runtime_error("cairo's PDF numbers an object beyond its /Size");
        offsetOf[number] = offset;
    }
}

void Finisher::collectPages(long long node, std::vector<PageObjects> &pages, int depth) {
    if (depth > 64) throw std::runtime_error("cairo's page tree is too deep");
    auto dict = dictionaryOf(node);
    auto type = dict.find("/Type");
    if (type && type->value == "/Pages") {
        auto kids = dict.find("/Kids");
        if (!kids || kids->type != QPDFTokenizer::tt_array_open)
            throw std::runtime_error("cairo's page tree has a node without /Kids");
        for (long long kid : kids->references) collectPages(kid, pages, depth + 1);
        return;
    }
    size_t p = pages.size() + 1;
    auto contents = dict.find("/Contents");
    if (!contents || contents->reference < 0)
        throw std::runtime_error("page " + std::to_string(p) + " has no content stream of its own");
    long long content = contents->reference;
    // The step writes the link annotations; cairo is given none.
    if (dict.find("/Annots")) throw std::runtime_error("cairo wrote annotations of its own on page " + std::to_string(p));
    pages.push_back(PageObjects{node, std::move(dict), content});
}

void Finisher::writeStream(long long number, QOH stream) {
    auto dict = stream.getDict();
    bool filtered = dict.hasKey("/Filter");
    auto raw = stream.getRawStreamData();
    out.stream(number, dictionary(dict, filtered ? std::vector<std::string>{"/Length"}
                                                 : std::vector<std::string>{"/Length", "/DecodeParms"}, ""),
               reinterpret_cast<const char *>(raw->getBuffer()), raw->getSize(), !filtered);
    auto length = dict.getKey("/Length");
    if (length.isIndirect()) done[length.getObjectID()] = true;
}

void Finisher::writeContent(size_t p, long long number) {
    bool decorated = tree.isDecorated(p);
    auto dict = dictionaryOf(number);
    if (!dict.isStream) throw std::runtime_error("page " + std::to_string(p + 1) + " has a content stream that is not a stream");
    auto lengthEntry = dict.find("/Length");
    if (!lengthEntry) throw std::runtime_error("page " + std::to_string(p + 1) + "'s content has no /Length");
    long long length = lengthEntry->reference >= 0 ? scanner.integer(offset(lengthEntry->reference), lengthEntry->reference)
                                                   : std::stoll(lengthEntry->value);
    if (length < 0 || dict.data + static_cast<size_t>(length) > cairo.size())
        throw std::runtime_error("page " + std::to_string(p + 1) + "'s content is longer than cairo's file");
    if (dict.find("/Filter")) {
        // Already compressed: copied as it is (its length object too).
        if (decorated) throw std::runtime_error("page " + std::to_string(p + 1) + " has no plain content stream");
        size_t at = offset(number);
        size_t end = scanner.streamEnd(dict.data + static_cast<size_t>(length), number);
        out.verbatim(number, cairo.bytes() + at, end - at);
        return;
    }
    contents.push_back({p, number, dict.text(cairo.bytes(), {"/Length", "/DecodeParms"}, "/Filter/FlateDecode"), dict.data,
                        static_cast<size_t>(length), decorated});
    if (lengthEntry->reference >= 0) done[lengthEntry->reference] = true;
}

std::string Finisher::annotation(const Annotation &link, long long key) {
    std::string rect = number(link.rect[0]) + " " + number(link.rect[1]) + " " + number(link.rect[2]) + " " + number(link.rect[3]);
    std::string action = link.uri.empty() ? "/Dest " + textString(link.destination)
                                          : "/A <</Type/Action/S/URI/URI " + textString(link.uri) + ">>";
    return "<</Type/Annot/Subtype/Link/Rect [" + rect + "]/BS <</W 0>>/StructParent " + std::to_string(key) + action +
           "/Contents " + textString(link.contents) + ">>";
}

void Finisher::writePage(size_t p, PageObjects &o, const TreeNumbers &numbers,
                         const std::vector<std::vector<const Annotation *>> &links, long long &nextKey) {
    if (!done[o.content]) {
        writeContent(p, o.content);
        done[o.content] = true;
    }
    // Link annotations, described, each with a parent-tree key of its own.
    std::string annots;
    for (size_t i = 0; i < links[p].size(); ++i) {
        long long key = nextKey++;
        parentTree[key] = ref(numbers.elements[links[p][i]->element]);
        out.object(numbers.annotations[p][i], annotation(*links[p][i], key));
        annots += ref(numbers.annotations[p][i]) + " ";
    }
    // The page's marks, in the parent tree.
    if (p < tree.marked.size() && !tree.marked[p].empty()) {
        auto key = o.page.find("/StructParents");
        if (!key || key->type != QPDFTokenizer::tt_integer)
            throw std::runtime_error("cairo gave a page with marked content no /StructParents");
        std::string array = "[";
        for (int32_t e : tree.marked[p]) {
            if (e == decorationMark) { array += "null "; continue; }
            if (e < 0) throw std::runtime_error("an MCID of page " + std::to_string(p + 1) + " has no element");
            array += ref(numbers.elements[e]) + " ";
        }
        parentTree[std::stoll(key->value)] = array + "]";
    }
    // The page: its annotations, in tab order by structure (a page
    // without any is copied from cairo's text).
    if (!links[p].empty()) {
        out.object(o.number, o.page.text(cairo.bytes(), {"/Tabs", "/Annots"}, "/Tabs/S/Annots [" + annots + "]"));
        done[o.number] = true;
    }
}

void Finisher::run() {
    readCrossReferences();
    auto trailer = pdf.getTrailer();
    auto catalog = pdf.getRoot();
    auto info = trailer.getKey("/Info");
    long long next = static_cast<long long>(offsetOf.size());
    auto allocate = [&next]() { return next++; };

    // The pages, and what the step changes on them.
    auto pagesRoot = catalog.getKey("/Pages");
    if (!pagesRoot.isIndirect()) throw std::runtime_error("cairo's page tree is not an object");
    std::vector<PageObjects> pages;
    collectPages(pagesRoot.getObjectID(), pages, 0);
    size_t pageCount = pages.size();
    if (tree.marked.size() > pageCount) throw std::runtime_error("structure refers to a page cairo did not write");
    TreeNumbers numbers;
    numbers.pages.resize(pageCount);
    numbers.annotations.resize(pageCount);
    for (size_t p = 0; p < pageCount; ++p) numbers.pages[p] = pages[p].number;
    // Each page's links, by their index on the page.
    std::vector<std::vector<const Annotation *>> links(pageCount);
    for (auto const &a : tree.annotations) {
        if (a.page < 0 || static_cast<size_t>(a.page) >= pageCount || a.index < 0)
            throw std::runtime_error("structure refers to a link on a page cairo did not write");
        auto &slots = links[a.page];
        if (slots.size() <= static_cast<size_t>(a.index)) slots.resize(a.index + 1, nullptr);
        if (slots[a.index]) throw std::runtime_error("two links share an index on page " + std::to_string(a.page + 1));
        slots[a.index] = &a;
    }
    for (size_t p = 0; p < pageCount; ++p)
        if (std::find(links[p].begin(), links[p].end(), nullptr) != links[p].end())
            throw std::runtime_error("a link of page " + std::to_string(p + 1) + " was not recorded");
    // Annotations' parent-tree keys follow the pages' (cairo numbers those).
    long long nextKey = 0;
    for (auto const &o : pages)
        if (auto key = o.page.find("/StructParents"); key && key->type == QPDFTokenizer::tt_integer)
            nextKey = std::max(nextKey, std::stoll(key->value) + 1);

    // Numbers for the new objects: the tree's, then its object streams.
    numbers.root = allocate();
    long long parentTreeNumber = allocate(), metadata = allocate(), rootStream = allocate();
    numbers.elements.resize(tree.elements.size());
    for (auto &n : numbers.elements) n = allocate();
    numbers.streams.resize((tree.elements.size() + elementsPerObjectStream - 1) / elementsPerObjectStream);
    for (auto &n : numbers.streams) n = allocate();
    for (size_t p = 0; p < pageCount; ++p)
        for (size_t i = 0; i < links[p].size(); ++i) numbers.annotations[p].push_back(allocate());

    // The elements are composed and packed on a second thread meanwhile.
    std::vector<ObjectStream> packed;
    std::exception_ptr treeError;
    std::thread packer([&] {
        try {
            packed = packElements(tree, numbers);
        } catch (...) {
            treeError = std::current_exception();
        }
    });
    struct Join { std::thread &t; ~Join() { if (t.joinable()) t.join(); } } joiner{packer};

    out.header();
    for (size_t p = 0; p < pageCount; ++p) writePage(p, pages[p], numbers, links, nextKey);
    pages.clear();

    // Everything else cairo wrote, in file order.
    long long catalogNumber = catalog.getObjectID();
    for (size_t k = 0; k < order.size(); ++k) {
        auto const &[offset, number] = order[k];
        if (done[number]) continue;
        done[number] = true;
        cairo.readUpTo(offset);
        if (number == catalogNumber) {
            out.object(number, dictionary(catalog,
                                          {"/StructTreeRoot", "/MarkInfo", "/Lang", "/ViewerPreferences", "/Metadata", "/Version"},
                                          "/Version/1.7/StructTreeRoot " + ref(numbers.root) + "/MarkInfo <</Marked true>>/Lang " +
                                              textString(doc.language) + "/ViewerPreferences <</DisplayDocTitle true>>/Metadata " +
                                              ref(metadata)));
            continue;
        }
        if (k + 1 < order.size()) {
            if (size_t end = plainObjectEnd(cairo, offset, order[k + 1].first, number)) {
                out.verbatim(number, cairo.bytes() + offset, end - offset);
                continue;
            }
        }
        auto text = scanner.scan(offset, number);
        if (text.isStream) writeStream(number, pdf.getObjectByID(static_cast<int>(number), 0));
        else out.verbatim(number, cairo.bytes() + offset, text.end - offset);
    }
    for (auto const &c : contents) {
        std::string packed = compressed(c);
        out.stream(c.number, c.dict, packed.data(), packed.size(), false);
    }
    std::string metadataText = xmp(info, doc.language);
    out.stream(metadata, "<</Type/Metadata/Subtype/XML>>", metadataText.data(), metadataText.size(), false);

    packer.join();
    if (treeError) std::rethrow_exception(treeError);
    for (auto const &s : packed) out.objectStream(s);
    std::string nums = "<</Nums [";
    long long last = -1;
    for (auto const &[k, v] : parentTree) { nums += std::to_string(k) + " " + v + " "; last = k; }
    out.objectStream(ObjectStream::pack(rootStream, {
        {parentTreeNumber, nums + "]>>"},
        {numbers.root, "<</Type/StructTreeRoot/K " + ref(numbers.elements[0]) + "/ParentTree " + ref(parentTreeNumber) +
                           "/ParentTreeNextKey " + std::to_string(last + 1) + ">>"},
    }));

    std::string trailerEntries = "/Root " + catalog.unparse();
    if (info.isIndirect()) trailerEntries += "/Info " + info.unparse();
    out.finish(next, trailerEntries);
}

}  // namespace
}  // namespace tagged

extern "C" int tp_finish(tp_tree *tree, tp_sink *input, const tp_document *document,
                         tp_write_fn sink, void *context, char *error, size_t error_size) {
    try {
        if (!input->flush()) throw std::runtime_error(std::string("writing the temporary file failed: ") + strerror(input->error));
        // cairo has just freed its own structure tree and font work: give
        // the free pages back before this step allocates its own.
        malloc_trim(0);
        tagged::Finisher(*tree, input->file, input->early.get(), *document, sink, context).run();
        return 0;
    } catch (std::exception const &e) {
        if (error && error_size > 0) {
            std::strncpy(error, e.what(), error_size - 1);
            error[error_size - 1] = 0;
        }
        return -1;
    }
}

