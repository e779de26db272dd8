#ifndef BRIEF_TAGGED_PDF_H
#define BRIEF_TAGGED_PDF_H

/* The step after cairo: turns cairo's PDF (content streams left
 * uncompressed, content marked with flat /Span and /NonStruct sequences)
 * into a tagged PDF/UA-1 file. The caller describes the structure tree;
 * this file writes it with libqpdf: elements with their attributes,
 * MCIDs, the parent tree, annotations' /Contents and /StructParent,
 * /Artifact marks, catalog /Lang, /MarkInfo, /ViewerPreferences and XMP.
 * No libqpdf type appears here, so Swift never imports C++ headers. */

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct tp_tree tp_tree;

/* A tree holding only its root, the Document element (index 0). */
tp_tree *tp_tree_new(void);
void tp_tree_free(tp_tree *tree);

/* Appends an element with standard role `role` ("P", "H1", "TD", …) as the
 * last kid of `parent`; returns its index. */
int32_t tp_element(tp_tree *tree, int32_t parent, const char *role);

/* Sets an attribute of an element: "Alt", "Lang", "ActualText", "T"
 * (text strings) or "Scope" ("Row", "Column", "Both"). */
void tp_attribute(tp_tree *tree, int32_t element, const char *key, const char *value);

/* The next marked-content sequence of page `page` (0-based), in the order
 * of the page's /Span marks: content of `element`, in `language` where that
 * differs from the element's (NULL or "" otherwise). A `continuation`
 * directly follows a sequence of the same element and shares its MCID,
 * its language change nested as /Span <</Lang …>>: an element drawn in one
 * go stays one content item. */
void tp_mark(tp_tree *tree, int32_t page, int32_t element, const char *language, int continuation);

/* Appends the `index`-th annotation of page `page` to an element's kids
 * and gives the annotation `contents` as its /Contents. */
void tp_annotation(tp_tree *tree, int32_t element, int32_t page, int32_t index, const char *contents);

typedef struct {
    const char *language;   /* catalog /Lang, e.g. "en-US" */
    const char *title;
    const char *author;     /* may be empty */
    const char *subject;    /* may be empty */
    const char *keywords;   /* may be empty */
    const char *creator;
    const char *date;       /* ISO 8601, e.g. 2025-01-31T00:00:00Z */
} tp_document;

/* Receives the finished file's bytes; returns 0 on success. */
typedef int (*tp_write_fn)(void *context, const unsigned char *data, size_t length);

/* Reads cairo's PDF from `input` (from its start), applies the tree and
 * writes the tagged file through `write`. Returns 0, or -1 with a message
 * in `error`. */
int tp_finish(tp_tree *tree, FILE *input, const tp_document *document,
              tp_write_fn write, void *context, char *error, size_t error_size);

#ifdef __cplusplus
}
#endif

#endif
