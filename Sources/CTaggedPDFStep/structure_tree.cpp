// The C functions that record the structure tree (tagged_pdf.h).
#include "structure_tree.h"

#include "tagged_pdf.h"

#include <cstring>

using namespace tagged;

uint16_t tp_tree::role(const char *name) {
    for (size_t i = 0; i < roles.size(); ++i)
        if (roles[i] == name) return static_cast<uint16_t>(i);
    roles.emplace_back(name);
    return static_cast<uint16_t>(roles.size() - 1);
}

void tp_tree::addKid(int32_t element, Kid kid) {
    auto index = static_cast<int32_t>(kids.size());
    kids.push_back(kid);
    Element &e = elements[element];
    if (e.lastKid < 0) e.firstKid = index;
    else kids[e.lastKid].next = index;
    e.lastKid = index;
    e.kidCount += 1;
}

std::vector<int32_t> &tp_tree::marks(int32_t page) {
    if (marked.size() <= static_cast<size_t>(page)) marked.resize(page + 1);
    return marked[page];
}

extern "C" tp_tree *tp_tree_new(void) {
    auto *tree = new tp_tree;
    tree->elements.push_back(Element{-1, -1, -1, 0, tree->role("Document")});
    return tree;
}

extern "C" void tp_tree_free(tp_tree *tree) { delete tree; }

extern "C" int32_t tp_element(tp_tree *tree, int32_t parent, const char *role) {
    auto index = static_cast<int32_t>(tree->elements.size());
    tree->elements.push_back(Element{parent, -1, -1, 0, tree->role(role)});
    tree->addKid(parent, Kid{index, 0, -1, Kid::element});
    return index;
}

extern "C" void tp_attribute(tp_tree *tree, int32_t element, const char *key, const char *value) {
    tree->attributes.push_back(Attribute{element, key, value});
}

extern "C" void tp_content(tp_tree *tree, int32_t element, int32_t page, int32_t mcid) {
    tree->addKid(element, Kid{page, mcid, -1, Kid::content});
    auto &marks = tree->marks(page);
    if (marks.size() <= static_cast<size_t>(mcid)) marks.resize(mcid + 1, -1);
    marks[mcid] = element;
}

extern "C" void tp_annotation(tp_tree *tree, int32_t element, int32_t page, int32_t index, const double rect[4],
                              const char *uri, const char *destination, const char *contents) {
    tree->addKid(element, Kid{page, index, -1, Kid::annotation});
    tree->annotations.push_back(Annotation{element, page, index, {rect[0], rect[1], rect[2], rect[3]},
                                           uri ? uri : "", destination ? destination : "", contents});
}

extern "C" void tp_decoration(tp_tree *tree, int32_t page, int32_t mcid) {
    if (mcid != 0) return;  // the painter draws decoration first; anything else is a programming error caught later
    auto &marks = tree->marks(page);
    if (marks.empty()) marks.push_back(decorationMark);
}
