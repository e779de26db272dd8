#ifndef BRIEF_TAGGED_PDF_H
#define BRIEF_TAGGED_PDF_H

/* The step after cairo: appends to cairo's PDF one incremental update that
 * makes it a tagged PDF/UA-1 file. The caller describes the structure tree
 * (elements, the marked content cairo numbered, link annotations, pages
 * whose decoration cairo wrote as a form XObject); libqpdf reads cairo's
 * file and writes the objects that change. No libqpdf type appears here,
 * so Swift never imports C++ headers. */

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

/* Appends marked content `mcid` of page `page` (0-based) to an element's
 * kids: cairo numbers a page's marks 0, 1, 2 … in the order of its tags. */
void tp_content(tp_tree *tree, int32_t element, int32_t page, int32_t mcid);

/* Page `page` drew its decoration in one group: its form XObject is
 * marked as an artifact. */
void tp_decoration(tp_tree *tree, int32_t page);

/* Appends the `index`-th annotation of page `page` to an element's kids
 * and gives the annotation `contents` as its /Contents. */
void tp_annotation(tp_tree *tree, int32_t element, int32_t page, int32_t index, const char *contents);

typedef struct {
    const char *language;   /* catalog /Lang, e.g. "en-US"; the rest of the
                               metadata comes from cairo's Info dictionary */
} tp_document;

/* Receives the finished file's bytes; returns 0 on success. */
typedef int (*tp_write_fn)(void *context, const unsigned char *data, size_t length);

/* Reads cairo's PDF from `input` (from its start) and writes it, with the
 * update appended, through `write`. Returns 0, or -1 with a message
 * in `error`. */
int tp_finish(tp_tree *tree, FILE *input, const tp_document *document,
              tp_write_fn write, void *context, char *error, size_t error_size);

#ifdef __cplusplus
}
#endif

#endif
