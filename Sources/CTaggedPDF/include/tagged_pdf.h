#ifndef BRIEF_TAGGED_PDF_H
#define BRIEF_TAGGED_PDF_H

/* The tagging step: writes the tagged PDF/UA-1 file from the intermediate
 * PDF brief's writer made (flat marks, Sources/Typesetting/PDF). The caller
 * describes the structure tree (elements, the marked content the pages
 * numbered, link annotations, the decoration's mark on each page);
 * libqpdf reads the intermediate file and serializes its objects. No libqpdf type
 * appears here, so Swift never imports C++ headers. */

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct tp_tree tp_tree;

/* Where the intermediate PDF is written: an anonymous temporary file (nothing is left
 * behind even on SIGKILL). */
typedef struct tp_sink tp_sink;
tp_sink *tp_sink_open(void);   /* NULL with errno set on failure */
void tp_sink_close(tp_sink *sink);
/* Appends `length` bytes (returns 0): gathers the writer's pieces and
 * writes them 64 KiB at a time. A failure is recorded, not reported: the
 * writer checks `tp_sink_error` after each page and at the end. */
int tp_sink_write(void *sink, const unsigned char *data, unsigned int length);
/* errno of the first failed write, or 0. */
int tp_sink_error(const tp_sink *sink);
/* A page is written (its content stream, length and page object); `tree` tells
 * whether it has decoration. With `compress_early` (from the first page on)
 * its content is compressed ahead, on a thread that only takes a core's
 * idle time while pages are painted; with 2, the tagging step waits for
 * every page's (for tests). */
void tp_sink_page(tp_sink *sink, const tp_tree *tree, int compress_early);
/* Every page is written (call before the fonts and document objects): a
 * second thread compresses what is left of their contents meanwhile. */
void tp_sink_pages_done(tp_sink *sink);
/* How many page contents the tagging step took compressed ahead. */
size_t tp_sink_compressed_ahead(const tp_sink *sink);

/* A tree holding only its root, the Document element (index 0). */
tp_tree *tp_tree_new(void);
void tp_tree_free(tp_tree *tree);

/* Appends an element with standard role `role` ("P", "H1", "TD", …) as the
 * last kid of `parent`; returns its index. */
int32_t tp_element(tp_tree *tree, int32_t parent, const char *role);

/* Sets an attribute of an element: "Alt", "Lang", "ActualText", "T"
 * (text strings) or "Scope" ("Row", "Column", "Both"). */
void tp_attribute(tp_tree *tree, int32_t element, const char *key, const char *value);

/* Appends marked content `mcid` of page `page` (0-based) to an element's
 * kids: a page's marks are numbered 0, 1, 2 … in the order opened. */
void tp_content(tp_tree *tree, int32_t element, int32_t page, int32_t mcid);

/* Page `page` drew its decoration in one mark, numbered `mcid`
 * (its first): the tagging step makes it an /Artifact sequence. */
void tp_decoration(tp_tree *tree, int32_t page, int32_t mcid);

/* The `index`-th link annotation of page `page` (0-based), which the
 * tagging step writes: `rect` is x0 y0 x1 y1 in PDF user space;
 * it leads to `uri` (an http, https or mailto address, already percent-
 * encoded) or to the named destination `destination` — one is NULL —, is
 * described by `contents` (/Contents), and is a kid of `element`. */
void tp_annotation(tp_tree *tree, int32_t element, int32_t page, int32_t index, const double rect[4],
                   const char *uri, const char *destination, const char *contents);

typedef struct {
    const char *language;   /* catalog /Lang, e.g. "en-US"; the rest of the
                               metadata comes from the Info dictionary */
} tp_document;

/* Receives the finished file's bytes; returns 0 on success. */
typedef int (*tp_write_fn)(void *context, const unsigned char *data, size_t length);

/* Reads the intermediate PDF from `input` and writes the tagged file through
 * `write`. Returns 0, or -1 with a message in `error`. */
int tp_finish(tp_tree *tree, tp_sink *input, const tp_document *document,
              tp_write_fn write, void *context, char *error, size_t error_size);

/* How many bytes the final file's cross-reference stream gives an offset
 * (/W [1 w 2]) when the largest offset or object stream number it holds
 * is `largest`: 4 below 4 GiB, more beyond, so no offset is cut short. */
int tp_xref_offset_width(unsigned long long largest);

/* Loads the step's shared library (libBriefTaggedPDF.so, beside the
 * executable or in ../lib/brief/ from it) if not yet loaded: NULL when it
 * is, else why not. Call before any other function here. */
const char *tp_load(void);

/* Starts tp_load() on a thread of its own and returns at once, so that a
 * command that will write a PDF maps the library (libqpdf, GnuTLS and the
 * rest, a few milliseconds) while it does its other work; tp_load() then
 * waits for that load and gives its answer. Nothing happens if no thread
 * can be started: tp_load() loads the library itself. */
void tp_load_in_background(void);


#ifdef __cplusplus
}
#endif

#endif
