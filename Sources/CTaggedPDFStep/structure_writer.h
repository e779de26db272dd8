// The structure tree's objects, composed from the recorded tree and packed
// into compressed object streams.
#pragma once

#include "file_writer.h"
#include "structure_tree.h"

#include <vector>

namespace tagged {

/// Elements per object stream: a reader looking one up inflates one stream,
/// so a few hundred keep that cheap while each stream's own overhead (its
/// dictionary, its offsets table) stays small.
constexpr size_t elementsPerObjectStream = 200;

/// Where the tree's objects go and what they point to.
struct TreeNumbers {
    long long root;                 // the StructTreeRoot
    std::vector<long long> elements; // by element index
    std::vector<long long> streams;  // the object streams, in order
    std::vector<long long> pages;    // page objects, by page
    std::vector<std::vector<long long>> annotations;  // link annotations, by page and index
};

/// Every StructElem, packed as composed: only one stream's text is held.
std::vector<ObjectStream> packElements(const tp_tree &tree, const TreeNumbers &numbers);

}  // namespace tagged
