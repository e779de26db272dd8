// The tagging step after cairo, with libqpdf. See tagged_pdf.h.
//
// cairo 1.16 writes marked content for structure tags but ignores their
// attributes and refuses the Artifact tag (PLATFORM-NOTES.md). So the
// painter uses cairo only for flat marks: /Span around content, /NonStruct
// around decoration, and cairo's own empty /Link marks beside each link
// annotation. Here every page's content stream goes through a token
// filter that renames /Span to the element's role with its MCID, turns
// /NonStruct into /Artifact, drops the empty /Link marks and wraps any
// remaining unmarked drawing as an artifact. The structure tree cairo
// wrote is replaced by the caller's, which qpdf then writes with a
// deterministic /ID.

#include "tagged_pdf.h"

#include <qpdf/Pipeline.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>
#include <unordered_set>
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

/// One /Span mark of a page's content stream, as the painter drew it.
struct Mark {
    int32_t mcid;
    std::string language;  // "" when the element's own
    bool continuation;
};

/// Language tags go into content streams: letters, digits and hyphens only.
std::string cleanLanguage(const char *language) {
    std::string out;
    for (const char *c = language ? language : ""; *c; ++c)
        if ((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') || *c == '-') out += *c;
    return out;
}

}  // namespace

struct tp_tree {
    std::vector<Element> elements;
    std::vector<Annotation> annotations;
    /// For each page, the element of each MCID, and its marks in order.
    std::vector<std::vector<int32_t>> marked;
    std::vector<std::vector<Mark>> marks;
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

extern "C" void tp_mark(tp_tree *tree, int32_t page, int32_t element, const char *language, int continuation) {
    if (tree->marked.size() <= static_cast<size_t>(page)) {
        tree->marked.resize(page + 1);
        tree->marks.resize(page + 1);
    }
    auto &marked = tree->marked[page];
    bool continues = continuation && !marked.empty() && marked.back() == element && !tree->marks[page].empty();
    if (!continues) {
        auto mcid = static_cast<int32_t>(marked.size());
        marked.push_back(element);
        tree->elements[element].kids.push_back(Kid{Kid::content, page, mcid});
    }
    tree->marks[page].push_back(Mark{static_cast<int32_t>(marked.size()) - 1, cleanLanguage(language), continues});
}

extern "C" void tp_annotation(tp_tree *tree, int32_t element, int32_t page, int32_t index, const char *contents) {
    tree->elements[element].kids.push_back(Kid{Kid::annotation, page, index});
    tree->annotations.push_back(Annotation{element, page, index, contents});
}

namespace {

using QOH = QPDFObjectHandle;

/// Rewrites one page's marks (see the file comment). Operands are held
/// until their operator arrives, so a mark can be placed before them. The
/// EMC of a content mark is held too: when the next mark continues the
/// same element, the sequence stays open and a change of language nests
/// inside it as /Span <</Lang …>>.
class MarkFilter : public QPDFObjectHandle::TokenFilter {
  public:
    MarkFilter(const tp_tree &tree, std::vector<Mark> marks, std::vector<int32_t> marked)
        : tree(tree), marks(std::move(marks)), marked(std::move(marked)) {}

    void handleToken(QPDFTokenizer::Token const &token) override {
        if (token.getType() != QPDFTokenizer::tt_word) {
            pending.push_back(token);
            return;
        }
        const std::string &op = token.getValue();
        if (op == "BDC" || op == "BMC") {
            openMark(token);
        } else if (op == "EMC") {
            closeMark(token);
        } else {
            if (depth == 0) {
                if (startsGraphicsObject(op)) {
                    closeHeld();
                    if (!inArtifact) {
                        write("/Artifact BMC\n");
                        inArtifact = true;
                    }
                } else if (op == "q" || op == "Q") {
                    closeArtifact();
                }
            }
            flush();
            writeToken(token);
        }
    }

    void handleEOF() override {
        flush();
        closeHeld();
        closeArtifact();
    }

  private:
    enum class Kind { normal, content, languageSpan, merged, dropped };
    const tp_tree &tree;
    std::vector<Mark> marks;
    std::vector<int32_t> marked;
    std::vector<QPDFTokenizer::Token> pending;
    std::vector<Kind> stack;
    size_t next = 0;
    int depth = 0;
    bool inArtifact = false;
    /// A content mark whose EMC is not written yet.
    bool held = false;

    void openMark(QPDFTokenizer::Token const &token) {
        std::string name = firstName();
        if (name == "/Link") {
            // cairo's empty mark beside a link annotation: the annotation is tied to its Link element instead.
            pending.clear();
            stack.push_back(Kind::dropped);
            ++depth;
            return;
        }
        closeArtifact();
        if (name == "/Span" && depth == 0 && next < marks.size()) {
            const Mark &m = marks[next++];
            std::string space = pendingSpace();
            pending.clear();
            if (m.continuation && held) {
                held = false;
                if (m.language.empty()) {
                    stack.push_back(Kind::merged);
                } else {
                    write(space + "/Span <</Lang (" + m.language + ")>> BDC");
                    stack.push_back(Kind::languageSpan);
                }
            } else {
                closeHeld();
                int32_t element = m.mcid < static_cast<int32_t>(marked.size()) ? marked[m.mcid] : 0;
                std::string properties = "<</MCID " + std::to_string(m.mcid);
                if (!m.language.empty()) properties += " /Lang (" + m.language + ")";
                write(space + "/" + tree.elements[element].role + " " + properties + ">> BDC");
                stack.push_back(Kind::content);
            }
            ++depth;
            return;
        }
        closeHeld();
        if (name == "/NonStruct") {
            write(pendingSpace() + "/Artifact BMC");
            pending.clear();
        } else {
            flush();
            writeToken(token);
        }
        stack.push_back(Kind::normal);
        ++depth;
    }

    void closeMark(QPDFTokenizer::Token const &token) {
        Kind kind = stack.empty() ? Kind::normal : stack.back();
        if (!stack.empty()) stack.pop_back();
        if (depth > 0) --depth;
        switch (kind) {
        case Kind::dropped: pending.clear(); return;
        case Kind::content:
        case Kind::merged: flush(); held = true; return;
        case Kind::languageSpan: flush(); writeToken(token); held = true; return;
        case Kind::normal: flush(); writeToken(token); return;
        }
    }

    static bool startsGraphicsObject(const std::string &op) {
        return op == "m" || op == "re" || op == "BT" || op == "Do" || op == "sh" || op == "BI";
    }

    std::string firstName() const {
        for (auto const &t : pending)
            if (t.getType() == QPDFTokenizer::tt_name) return t.getValue();
        return "";
    }

    /// Keeps the line structure: the whitespace before the operands.
    std::string pendingSpace() const {
        if (!pending.empty() && pending.front().getType() == QPDFTokenizer::tt_space) return pending.front().getRawValue();
        return "";
    }

    void flush() {
        for (auto const &t : pending) writeToken(t);
        pending.clear();
    }

    void closeHeld() {
        if (held) {
            write("\nEMC");
            held = false;
        }
    }

    void closeArtifact() {
        if (inArtifact) {
            write("\nEMC\n");
            inArtifact = false;
        }
    }
};

class CallbackPipeline : public Pipeline {
  public:
    CallbackPipeline(tp_write_fn fn, void *context) : Pipeline("brief output", nullptr), fn(fn), context(context) {}
    void write(unsigned char const *data, size_t length) override {
        if (length > 0 && fn(context, data, length) != 0) throw std::runtime_error("writing the PDF failed");
    }
    void finish() override {}

  private:
    tp_write_fn fn;
    void *context;
};

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

/// "2025-01-31T10:20:30Z" → "D:20250131102030Z" (the Info dictionary's form).
std::string pdfDate(const std::string &iso) {
    std::string digits;
    for (char c : iso.substr(0, 19))
        if (c >= '0' && c <= '9') digits += c;
    return "D:" + digits + "Z";
}

std::string xmp(const tp_document &d, const std::string &producer) {
    std::string s =
        "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "<rdf:Description rdf:about=\"\"\n"
        " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
        " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
        " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
        " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
        "<pdfuaid:part>1</pdfuaid:part>\n";
    s += "<dc:format>application/pdf</dc:format>\n";
    s += "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmlEscape(d.title) + "</rdf:li></rdf:Alt></dc:title>\n";
    if (*d.author)
        s += "<dc:creator><rdf:Seq><rdf:li>" + xmlEscape(d.author) + "</rdf:li></rdf:Seq></dc:creator>\n";
    if (*d.subject)
        s += "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmlEscape(d.subject) +
             "</rdf:li></rdf:Alt></dc:description>\n";
    s += "<dc:language><rdf:Bag><rdf:li>" + xmlEscape(d.language) + "</rdf:li></rdf:Bag></dc:language>\n";
    if (*d.keywords) s += "<pdf:Keywords>" + xmlEscape(d.keywords) + "</pdf:Keywords>\n";
    s += "<pdf:Producer>" + xmlEscape(producer) + "</pdf:Producer>\n";
    s += "<xmp:CreatorTool>" + xmlEscape(d.creator) + "</xmp:CreatorTool>\n";
    s += "<xmp:CreateDate>" + xmlEscape(d.date) + "</xmp:CreateDate>\n";
    s += "<xmp:ModifyDate>" + xmlEscape(d.date) + "</xmp:ModifyDate>\n";
    s += "<xmp:MetadataDate>" + xmlEscape(d.date) + "</xmp:MetadataDate>\n";
    s += "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>\n";
    return s;
}

void apply(tp_tree &tree, QPDF &pdf, const tp_document &doc) {
    auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
    size_t pageCount = pages.size();
    if (tree.marked.size() > pageCount) throw std::runtime_error("structure refers to a page cairo did not write");

    auto root = pdf.makeIndirectObject(QOH::newDictionary());
    root.replaceKey("/Type", QOH::newName("/StructTreeRoot"));

    std::vector<QOH> objects;
    objects.reserve(tree.elements.size());
    for (size_t i = 0; i < tree.elements.size(); ++i) objects.push_back(pdf.makeIndirectObject(QOH::newDictionary()));

    std::vector<std::vector<QOH>> annots(pageCount);
    for (size_t p = 0; p < pageCount; ++p) {
        auto a = pages[p].getObjectHandle().getKey("/Annots");
        if (a.isArray()) annots[p] = a.getArrayAsVector();
        for (auto &annot : annots[p])
            if (annot.isDictionary()) annot.removeKey("/StructParent");  // cairo's keys point into its own tree
    }

    for (size_t i = 0; i < tree.elements.size(); ++i) {
        const Element &e = tree.elements[i];
        QOH dict = objects[i];
        dict.replaceKey("/Type", QOH::newName("/StructElem"));
        dict.replaceKey("/S", QOH::newName("/" + e.role));
        dict.replaceKey("/P", e.parent < 0 ? root : objects[e.parent]);
        int32_t home = -1;
        for (auto const &k : e.kids)
            if (k.kind != Kid::element) { home = k.a; break; }
        if (home >= 0) dict.replaceKey("/Pg", pages[home].getObjectHandle());
        auto kids = QOH::newArray();
        for (auto const &k : e.kids) {
            switch (k.kind) {
            case Kid::element: kids.appendItem(objects[k.a]); break;
            case Kid::content:
                if (k.a == home) {
                    kids.appendItem(QOH::newInteger(k.b));
                } else {
                    auto mcr = QOH::newDictionary();
                    mcr.replaceKey("/Type", QOH::newName("/MCR"));
                    mcr.replaceKey("/Pg", pages[k.a].getObjectHandle());
                    mcr.replaceKey("/MCID", QOH::newInteger(k.b));
                    kids.appendItem(mcr);
                }
                break;
            case Kid::annotation: {
                if (static_cast<size_t>(k.a) >= pageCount || static_cast<size_t>(k.b) >= annots[k.a].size())
                    throw std::runtime_error("structure refers to a link annotation cairo did not write");
                auto objr = QOH::newDictionary();
                objr.replaceKey("/Type", QOH::newName("/OBJR"));
                objr.replaceKey("/Obj", annots[k.a][k.b]);
                objr.replaceKey("/Pg", pages[k.a].getObjectHandle());
                kids.appendItem(objr);
                break;
            }
            }
        }
        // A single kid stands alone (ISO 32000-1, 14.7.2, /K): the common case
        // of a heading or paragraph in one marked sequence.
        if (kids.getArrayNItems() == 1) {
            dict.replaceKey("/K", kids.getArrayItem(0));
        } else {
            dict.replaceKey("/K", kids);
        }
        for (auto const &[key, value] : e.attributes) {
            if (key == "Scope") {
                auto a = QOH::newDictionary();
                a.replaceKey("/O", QOH::newName("/Table"));
                a.replaceKey("/Scope", QOH::newName("/" + value));
                dict.replaceKey("/A", a);
            } else {
                dict.replaceKey("/" + key, QOH::newUnicodeString(value));
            }
        }
    }

    // The parent tree: page p's marks under key p, then one key per annotation.
    auto nums = QOH::newArray();
    for (size_t p = 0; p < pageCount; ++p) {
        auto page = pages[p].getObjectHandle();
        page.removeKey("/StructParents");
        if (p < tree.marked.size() && !tree.marked[p].empty()) {
            auto parents = QOH::newArray();
            for (int32_t e : tree.marked[p]) parents.appendItem(objects[e]);
            nums.appendItem(QOH::newInteger(static_cast<long long>(p)));
            nums.appendItem(parents);
            page.replaceKey("/StructParents", QOH::newInteger(static_cast<long long>(p)));
        }
        if (!annots[p].empty()) page.replaceKey("/Tabs", QOH::newName("/S"));
    }
    long long key = static_cast<long long>(pageCount);
    for (auto const &a : tree.annotations) {
        auto annot = annots[a.page][a.index];
        annot.replaceKey("/StructParent", QOH::newInteger(key));
        annot.replaceKey("/Contents", QOH::newUnicodeString(a.contents));
        nums.appendItem(QOH::newInteger(key));
        nums.appendItem(objects[a.element]);
        ++key;
    }
    auto parentTree = QOH::newDictionary();
    parentTree.replaceKey("/Nums", nums);
    root.replaceKey("/ParentTree", pdf.makeIndirectObject(parentTree));
    root.replaceKey("/ParentTreeNextKey", QOH::newInteger(key));
    root.replaceKey("/K", QOH::newArray(std::vector<QOH>{objects[0]}));

    for (size_t p = 0; p < pageCount; ++p) {
        std::vector<Mark> marks = p < tree.marks.size() ? tree.marks[p] : std::vector<Mark>{};
        std::vector<int32_t> marked = p < tree.marked.size() ? tree.marked[p] : std::vector<int32_t>{};
        pages[p].addContentTokenFilter(std::make_shared<MarkFilter>(tree, std::move(marks), std::move(marked)));
    }

    // Document-level entries: PDF/UA identification and what a reader shows.
    auto catalog = pdf.getRoot();
    catalog.replaceKey("/StructTreeRoot", root);
    auto markInfo = QOH::newDictionary();
    markInfo.replaceKey("/Marked", QOH::newBool(true));
    catalog.replaceKey("/MarkInfo", markInfo);
    catalog.replaceKey("/Lang", QOH::newUnicodeString(doc.language));
    auto viewer = QOH::newDictionary();
    viewer.replaceKey("/DisplayDocTitle", QOH::newBool(true));
    catalog.replaceKey("/ViewerPreferences", viewer);

    auto trailer = pdf.getTrailer();
    auto info = trailer.getKey("/Info");
    if (!info.isDictionary()) {
        info = pdf.makeIndirectObject(QOH::newDictionary());
        trailer.replaceKey("/Info", info);
    }
    std::string producer = info.getKey("/Producer").isString() ? info.getKey("/Producer").getUTF8Value() : "cairo";
    info.replaceKey("/Title", QOH::newUnicodeString(doc.title));
    info.replaceKey("/Creator", QOH::newUnicodeString(doc.creator));
    info.replaceKey("/Producer", QOH::newUnicodeString(producer));
    if (*doc.author) info.replaceKey("/Author", QOH::newUnicodeString(doc.author));
    if (*doc.subject) info.replaceKey("/Subject", QOH::newUnicodeString(doc.subject));
    if (*doc.keywords) info.replaceKey("/Keywords", QOH::newUnicodeString(doc.keywords));
    info.replaceKey("/CreationDate", QOH::newString(pdfDate(doc.date)));
    info.replaceKey("/ModDate", QOH::newString(pdfDate(doc.date)));

    auto metadata = QOH::newStream(&pdf, xmp(doc, producer));
    metadata.getDict().replaceKey("/Type", QOH::newName("/Metadata"));
    metadata.getDict().replaceKey("/Subtype", QOH::newName("/XML"));
    catalog.replaceKey("/Metadata", metadata);
}

}  // namespace

extern "C" int tp_finish(tp_tree *tree, FILE *input, const tp_document *document,
                         tp_write_fn write, void *context, char *error, size_t error_size) {
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processFile("cairo's PDF", input, false);
        apply(*tree, pdf, *document);
        CallbackPipeline out(write, context);
        QPDFWriter writer(pdf);
        writer.setOutputPipeline(&out);
        writer.setDeterministicID(true);
        writer.setCompressStreams(true);
        writer.setMinimumPDFVersion("1.7");
        writer.write();
        return 0;
    } catch (std::exception const &e) {
        if (error && error_size > 0) {
            std::strncpy(error, e.what(), error_size - 1);
            error[error_size - 1] = 0;
        }
        return -1;
    }
}
