#ifndef BRIEF_TAGGED_PDF_FUNCTIONS_H
#define BRIEF_TAGGED_PDF_FUNCTIONS_H

/* The tagging step lives in a shared library of its own (the
 * BriefTaggedPDF product, built from Sources/CTaggedPDFStep), loaded with
 * dlopen when the first PDF is written (Sources/CTaggedPDF/tagging_library.c):
 * libqpdf and the ten libraries only it needs (GnuTLS, nettle, GMP, …) cost
 * every other command some 5 ms at start-up. The library exports one
 * function, which hands over the table below: the functions of
 * tagged_pdf.h, so that the loader's functions of the same names forward
 * to them. */

#include "tagged_pdf.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Raised whenever the table changes, so that a stale library beside a
 * newer brief is refused rather than called wrongly. */
#define TP_FUNCTIONS_VERSION 1

/* The library's file name (SwiftPM names a dynamic product lib<name>.so). */
#define TP_LIBRARY_FILE "libBriefTaggedPDF.so"

/* The one symbol the library exports. */
#define TP_FUNCTIONS_SYMBOL "brief_tagged_pdf_functions"

typedef struct {
    int version;   /* TP_FUNCTIONS_VERSION */
    tp_sink *(*sink_open)(void);
    void (*sink_close)(tp_sink *sink);
    int (*sink_write)(void *sink, const unsigned char *data, unsigned int length);
    int (*sink_error)(const tp_sink *sink);
    void (*sink_page)(tp_sink *sink, const tp_tree *tree, int compress_early);
    void (*sink_pages_done)(tp_sink *sink);
    size_t (*sink_compressed_ahead)(const tp_sink *sink);
    tp_tree *(*tree_new)(void);
    void (*tree_free)(tp_tree *tree);
    int32_t (*element)(tp_tree *tree, int32_t parent, const char *role);
    void (*attribute)(tp_tree *tree, int32_t element, const char *key, const char *value);
    void (*content)(tp_tree *tree, int32_t element, int32_t page, int32_t mcid);
    void (*decoration)(tp_tree *tree, int32_t page, int32_t mcid);
    void (*annotation)(tp_tree *tree, int32_t element, int32_t page, int32_t index, const double rect[4],
                       const char *uri, const char *destination, const char *contents);
    int (*finish)(tp_tree *tree, tp_sink *input, const tp_document *document, tp_write_fn write, void *context,
                  char *error, size_t error_size);
    int (*xref_offset_width)(unsigned long long largest);
} tp_functions;

typedef const tp_functions *(*tp_functions_getter)(void);

#ifdef __cplusplus
}
#endif

#endif
