// The structure tree's objects (structure_writer.h).
#include "structure_writer.h"

#include "pdf_syntax.h"

#include <algorithm>

namespace tagged {

std::vector<ObjectStream> packElements(const tp_tree &tree, const TreeNumbers &n) {
    std::vector<ObjectStream> packed;
    std::vector<std::pair<long long, std::string>> batch;
    batch.reserve(elementsPerObjectStream);
    // Attributes in element order, read alongside the elements.
    std::vector<const Attribute *> attributes;
    attributes.reserve(tree.attributes.size());
    for (auto const &a : tree.attributes) attributes.push_back(&a);
    std::sort(attributes.begin(), attributes.end(), [](const Attribute *x, const Attribute *y) {
        return x->element != y->element ? x->element < y->element : x < y;  // as set, within an element
    });
    size_t nextAttribute = 0;

    std::string body, kids;
    for (size_t i = 0; i < tree.elements.size(); ++i) {
        const Element &e = tree.elements[i];
        int32_t home = -1;  // the page of the first content: /Pg, and MCIDs there need no /MCR
        for (int32_t k = e.firstKid; k >= 0; k = tree.kids[k].next)
            if (tree.kids[k].kind != Kid::element) { home = tree.kids[k].a; break; }
        body = "<</Type/StructElem/S/" + tree.roles[e.role] + "/P " + ref(e.parent < 0 ? n.root : n.elements[e.parent]);
        if (home >= 0) body += "/Pg " + ref(n.pages[home]);
        kids.clear();
        for (int32_t k = e.firstKid; k >= 0; k = tree.kids[k].next) {
            const Kid &kid = tree.kids[k];
            if (!kids.empty()) kids += ' ';
            switch (kid.kind) {
            case Kid::element: kids += ref(n.elements[kid.a]); break;
            case Kid::content:
                if (kid.a == home) kids += std::to_string(kid.b);
                else kids += "<</Type/MCR/Pg " + ref(n.pages[kid.a]) + "/MCID " + std::to_string(kid.b) + ">>";
                break;
            case Kid::annotation:
                kids += "<</Type/OBJR/Obj " + ref(n.annotations[kid.a][kid.b]) + "/Pg " + ref(n.pages[kid.a]) + ">>";
                break;
            }
        }
        // A single kid stands alone (ISO 32000-1, 14.7.2, /K).
        if (e.kidCount > 0) body += e.kidCount == 1 ? "/K " + kids : "/K [" + kids + "]";
        for (; nextAttribute < attributes.size() && attributes[nextAttribute]->element == static_cast<int32_t>(i); ++nextAttribute) {
            auto const &a = *attributes[nextAttribute];
            if (a.key == "Scope") body += "/A <</O/Table/Scope/" + a.value + ">>";
            else body += "/" + a.key + " " + textString(a.value);
        }
        batch.emplace_back(n.elements[i], body + ">>");
        if (batch.size() == elementsPerObjectStream) {
            packed.push_back(ObjectStream::pack(n.streams[packed.size()], batch));
            batch.clear();
        }
    }
    if (!batch.empty()) packed.push_back(ObjectStream::pack(n.streams[packed.size()], batch));
    return packed;
}

}  // namespace tagged
