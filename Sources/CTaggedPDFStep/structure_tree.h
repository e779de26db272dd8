// The structure tree as the painter records it (see tagged_pdf.h): compact,
// because a 3,000-page brief has about 100,000 elements and every byte per
// element counts against the memory the whole run may use.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace tagged {

/// A kid of an element: another element, marked content on a page, or a
/// link annotation. Kids live in one pool, each element's as a linked list
/// (they arrive interleaved with other elements').
struct Kid {
    enum Kind : uint8_t { element, content, annotation };
    int32_t a;         // element index, or page
    int32_t b;         // MCID, or annotation index on the page
    int32_t next = -1; // the element's next kid, or -1
    Kind kind;
};

struct Element {
    int32_t parent;
    int32_t firstKid = -1, lastKid = -1;
    int32_t kidCount = 0;
    uint16_t role;     // index into Tree::roles
};

struct Attribute {
    int32_t element;
    std::string key, value;
};

struct Annotation {
    int32_t element, page, index;
    /// x0 y0 x1 y1, PDF user space.
    double rect[4];
    /// Where it leads: a URI, or else a named destination.
    std::string uri, destination;
    std::string contents;
};

/// The parent-tree entry of a page's decoration mark: none (it becomes an artifact).
constexpr int32_t decorationMark = -2;

}  // namespace tagged

struct tp_tree {
    std::vector<tagged::Element> elements;
    std::vector<tagged::Kid> kids;
    /// Role names, each stored once ("P", "TD", …).
    std::vector<std::string> roles;
    std::vector<tagged::Attribute> attributes;
    std::vector<tagged::Annotation> annotations;
    /// For each page, the element of each MCID (cairo's numbering);
    /// `decorationMark` for a page's first mark when it is its decoration.
    std::vector<std::vector<int32_t>> marked;

    uint16_t role(const char *name);
    void addKid(int32_t element, tagged::Kid kid);
    /// The page's MCID table.
    std::vector<int32_t> &marks(int32_t page);
    /// Whether the page's first mark (MCID 0) is its decoration.
    bool isDecorated(size_t page) const {
        return page < marked.size() && !marked[page].empty() && marked[page][0] == tagged::decorationMark;
    }
};
