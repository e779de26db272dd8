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
// This step then writes the final file from cairo's, page by page, so that
// memory holds one page's objects, not the document's:
// - each page's content stream, its first mark (the decoration's) made
//   /Artifact, compressed here on a second thread (cairo leaves content
//   uncompressed: CAIRO_DEBUG_PDF) and written after the other objects, in
//   page order; its link annotations with a /Contents description;
//   the page itself, with /Tabs /S when it has annotations — read with
//   qpdf's object model, and let go once written;
// - then every other object cairo wrote, copied as it is (its end found
//   with qpdf's tokenizer) — unfiltered streams compressed — except
//   cairo's flat structure tree, replaced by the real one, and the
//   catalog, which gains /StructTreeRoot, /MarkInfo, /Lang,
//   /ViewerPreferences and XMP metadata;
// - the structure tree (composed and packed into object streams on a
//   second thread meanwhile), its parent tree under the keys cairo gave
//   pages and annotations, and a cross-reference stream.
// Through qpdf's object model and writer the same work cost 40–90% of a
// whole run on a 304-page specimen, and reading every object into qpdf's
// object model held about 75 MB on a 3,000-page summary (measured).

#include "tagged_pdf.h"

#include "cairo_file.h"
#include "content_compressor.h"
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
    QOH page;
    QOH content;
    std::vector<QOH> annotations;
};

/// The pages under a page-tree node, in order.
void collectPages(QOH node, std::vector<QOH> &pages, int depth) {
    if (depth > 64) throw std::runtime_error("cairo's page tree is too deep");
    auto kids = node.getKey("/Kids");
    if (!kids.isArray()) throw std::runtime_error("cairo's page tree has a node without /Kids");
    for (int i = 0; i < kids.getArrayNItems(); ++i) {
        auto kid = kids.getArrayItem(i);
        if (kid.getKey("/Type").isNameAndEquals("/Pages")) collectPages(kid, pages, depth + 1);
        else pages.push_back(kid);
    }
}

class Finisher {
  public:
    Finisher(tp_tree &tree, FILE *file, const tp_document &doc, tp_write_fn sink, void *context)
        : tree(tree), doc(doc), cairo(file),
          view(reinterpret_cast<unsigned char *>(const_cast<char *>(cairo.bytes())), cairo.size()),
          input(std::make_shared<BufferInputSource>("cairo's PDF", &view)), scanner(input), out(sink, context) {
        pdf.setSuppressWarnings(true);
        pdf.processInputSource(input);
    }

    void run();

  private:
    tp_tree &tree;
    const tp_document &doc;
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
    /// Page contents being compressed, written last, in page order.
    struct QueuedContent { size_t page; long long number; std::string dict; };
    std::vector<QueuedContent> contents;
    std::unique_ptr<ContentCompressor> compressor;

    void readCrossReferences();
    void writePage(size_t p, PageObjects &objects, const TreeNumbers &numbers,
                   const std::vector<std::vector<const Annotation *>> &described);
    void copy(long long number, size_t offset, const ObjectText &text);
    void writeStream(long long number, QOH stream);
    /// A stream written with a direct /Length: its length object, if any, is not copied.
    void dropLengthObject(QOH dict) {
        auto length = dict.getKey("/Length");
        if (length.isIndirect()) done[length.getObjectID()] = true;
    }
    void letGo(QOH object) { pdf.replaceObject(object.getObjGen(), QOH::newNull()); }
};

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

void Finisher::copy(long long number, size_t offset, const ObjectText &text) {
    std::string bytes = scanner.bytes(offset, text.end);
    out.verbatim(number, bytes.data(), bytes.size());
}

void Finisher::writeStream(long long number, QOH stream) {
    auto dict = stream.getDict();
    bool filtered = dict.hasKey("/Filter");
    auto raw = stream.getRawStreamData();
    out.stream(number, dictionary(dict, filtered ? std::vector<std::string>{"/Length"}
                                                 : std::vector<std::string>{"/Length", "/DecodeParms"}, ""),
               reinterpret_cast<const char *>(raw->getBuffer()), raw->getSize(), !filtered);
    dropLengthObject(dict);
}

void Finisher::writePage(size_t p, PageObjects &o, const TreeNumbers &numbers,
                         const std::vector<std::vector<const Annotation *>> &described) {
    bool decorated = tree.isDecorated(p);
    // Content: the decoration's mark becomes an artifact.
    long long contentNumber = o.content.getObjectID();
    if (!done[contentNumber]) {
        auto dict = o.content.getDict();
        if (dict.hasKey("/Filter")) {
            if (decorated) throw std::runtime_error("page " + std::to_string(p + 1) + " has no plain content stream");
            writeStream(contentNumber, o.content);
        } else {
            auto raw = o.content.getRawStreamData();
            auto data = reinterpret_cast<const char *>(raw->getBuffer());
            compressor->add(p, decorated ? markDecoration(data, raw->getSize(), static_cast<int>(p))
                                        : std::string(data, raw->getSize()));
            contents.push_back({p, contentNumber, dictionary(dict, {"/Length", "/DecodeParms"}, "/Filter/FlateDecode")});
            dropLengthObject(dict);
        }
        done[contentNumber] = true;
        letGo(o.content);
    }
    // Link annotations, described.
    for (size_t i = 0; i < o.annotations.size(); ++i) {
        auto annotation = o.annotations[i];
        long long number = annotation.getObjectID();
        const Annotation *a = i < described[p].size() ? described[p][i] : nullptr;
        if (a) {
            auto key = annotation.getKey("/StructParent");
            if (!key.isInteger()) throw std::runtime_error("cairo gave a link annotation no /StructParent");
            parentTree[key.getIntValue()] = ref(numbers.elements[a->element]);
            out.object(number, dictionary(annotation, {"/Contents"}, "/Contents " + textString(a->contents)));
            done[number] = true;
            letGo(annotation);
        }
    }
    // The page's marks, in the parent tree.
    if (p < tree.marked.size() && !tree.marked[p].empty()) {
        auto key = o.page.getKey("/StructParents");
        if (!key.isInteger()) throw std::runtime_error("cairo gave a page with marked content no /StructParents");
        std::string array = "[";
        for (int32_t e : tree.marked[p]) {
            if (e == decorationMark) { array += "null "; continue; }
            if (e < 0) throw std::runtime_error("an MCID of page " + std::to_string(p + 1) + " has no element");
            array += ref(numbers.elements[e]) + " ";
        }
        parentTree[key.getIntValue()] = array + "]";
    }
    // The page: tab order by structure where it has annotations.
    long long number = o.page.getObjectID();
    if (!o.annotations.empty()) {
        out.object(number, dictionary(o.page, {"/Tabs"}, "/Tabs/S"));
        done[number] = true;
    }
    letGo(o.page);  // a page left as it is is copied from cairo's text
    cairo.read();
}

void Finisher::run() {
    readCrossReferences();
    auto trailer = pdf.getTrailer();
    auto catalog = pdf.getRoot();
    auto info = trailer.getKey("/Info");
    long long next = static_cast<long long>(offsetOf.size());
    auto allocate = [&next]() { return next++; };

    // cairo's structure tree is left out: its root, its parent tree and
    // (below) every StructElem.
    auto cairoRoot = catalog.getKey("/StructTreeRoot");
    if (cairoRoot.isIndirect()) {
        long long root = cairoRoot.getObjectID();
        long long parents = scanner.reference(offsetOf[root], root, "/ParentTree");
        done[root] = true;
        if (parents >= 0 && parents < next) done[parents] = true;
    }

    // The pages, and what the step changes on them.
    std::vector<QOH> pageList;
    collectPages(catalog.getKey("/Pages"), pageList, 0);
    size_t pageCount = pageList.size();
    if (tree.marked.size() > pageCount) throw std::runtime_error("structure refers to a page cairo did not write");
    std::vector<PageObjects> pages(pageCount);
    TreeNumbers numbers;
    numbers.pages.resize(pageCount);
    numbers.annotations.resize(pageCount);
    for (size_t p = 0; p < pageCount; ++p) {
        auto &o = pages[p];
        o.page = pageList[p];
        if (!o.page.isIndirect()) throw std::runtime_error("cairo wrote a page that is not an object");
        numbers.pages[p] = o.page.getObjectID();
        cairo.read();
        o.content = o.page.getKey("/Contents");
        if (!o.content.isStream() || !o.content.isIndirect())
            throw std::runtime_error("page " + std::to_string(p + 1) + " has no content stream of its own");
        auto annots = o.page.getKey("/Annots");
        if (annots.isArray()) {
            for (int i = 0; i < annots.getArrayNItems(); ++i) {
                auto a = annots.getArrayItem(i);
                if (!a.isIndirect()) throw std::runtime_error("cairo wrote a link annotation that is not an object");
                o.annotations.push_back(a);
                numbers.annotations[p].push_back(a.getObjectID());
            }
        }
    }
    pageList.clear();
    std::vector<std::vector<const Annotation *>> described(pageCount);
    for (auto const &a : tree.annotations) {
        if (static_cast<size_t>(a.page) >= pageCount || static_cast<size_t>(a.index) >= pages[a.page].annotations.size())
            throw std::runtime_error("structure refers to a link annotation cairo did not write");
        auto &slots = described[a.page];
        if (slots.size() <= static_cast<size_t>(a.index)) slots.resize(a.index + 1, nullptr);
        slots[a.index] = &a;
    }

    // Numbers for the new objects: the tree's, then its object streams.
    numbers.root = allocate();
    long long parentTreeNumber = allocate(), metadata = allocate(), rootStream = allocate();
    numbers.elements.resize(tree.elements.size());
    for (auto &n : numbers.elements) n = allocate();
    numbers.streams.resize((tree.elements.size() + elementsPerObjectStream - 1) / elementsPerObjectStream);
    for (auto &n : numbers.streams) n = allocate();

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
    compressor = std::make_unique<ContentCompressor>(pageCount);
    for (size_t p = 0; p < pageCount; ++p) writePage(p, pages[p], numbers, described);
    pages.clear();

    // Everything else cairo wrote, in file order.
    long long catalogNumber = catalog.getObjectID();
    for (auto const &[offset, number] : order) {
        if (done[number]) continue;
        done[number] = true;
        cairo.read();
        if (number == catalogNumber) {
            out.object(number, dictionary(catalog,
                                          {"/StructTreeRoot", "/MarkInfo", "/Lang", "/ViewerPreferences", "/Metadata", "/Version"},
                                          "/Version/1.7/StructTreeRoot " + ref(numbers.root) + "/MarkInfo <</Marked true>>/Lang " +
                                              textString(doc.language) + "/ViewerPreferences <</DisplayDocTitle true>>/Metadata " +
                                              ref(metadata)));
            continue;
        }
        // cairo's ~100,000 elements are told by their first tokens alone.
        auto type = scanner.scan(offset, number, true).type;
        if (type == "/StructElem" || type == "/StructTreeRoot") continue;
        auto text = scanner.scan(offset, number, false);
        if (text.isStream) writeStream(number, pdf.getObjectByID(static_cast<int>(number), 0));
        else copy(number, offset, text);
    }
    for (auto const &c : contents) {
        std::string packed = compressor->take(c.page);
        out.stream(c.number, c.dict, packed.data(), packed.size(), false);
    }
    compressor.reset();
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
        tagged::Finisher(*tree, input->file, *document, sink, context).run();
        return 0;
    } catch (std::exception const &e) {
        if (error && error_size > 0) {
            std::strncpy(error, e.what(), error_size - 1);
            error[error_size - 1] = 0;
        }
        return -1;
    }
}
