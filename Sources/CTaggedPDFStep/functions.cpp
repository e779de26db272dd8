// The table of this library's functions, the one symbol it exports
// (tagged_pdf_functions.h): everything else is compiled hidden, so that the
// loader's functions of the same names in the executable never stand in for
// these, nor these for them.
#include "tagged_pdf_functions.h"

namespace {
const tp_functions functions = {
    TP_FUNCTIONS_VERSION,
    tp_sink_open,
    tp_sink_close,
    tp_sink_write,
    tp_sink_error,
    tp_sink_page,
    tp_sink_pages_done,
    tp_sink_compressed_ahead,
    tp_tree_new,
    tp_tree_free,
    tp_element,
    tp_attribute,
    tp_content,
    tp_decoration,
    tp_annotation,
    tp_finish,
    tp_xref_offset_width,
};
}  // namespace

extern "C" __attribute__((visibility("default"))) const tp_functions *brief_tagged_pdf_functions(void) {
    return &functions;
}
