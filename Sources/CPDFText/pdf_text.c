#include "pdf_text.h"

#include <poppler.h>
#include <stdlib.h>
#include <string.h>

static char *copy(const char *s) {
    size_t n = strlen(s);
    char *out = malloc(n + 1);
    if (out) memcpy(out, s, n + 1);
    return out;
}

char *brief_pdf_text(const char *path, char **error) {
    *error = NULL;
    GError *err = NULL;
    gchar *uri = g_filename_to_uri(path, NULL, &err);
    if (!uri) {
        *error = copy(err ? err->message : "not a file path");
        if (err) g_error_free(err);
        return NULL;
    }
    PopplerDocument *doc = poppler_document_new_from_file(uri, NULL, &err);
    g_free(uri);
    if (!doc) {
        *error = copy(err ? err->message : "not a PDF");
        if (err) g_error_free(err);
        return NULL;
    }
    GString *text = g_string_new(NULL);
    int pages = poppler_document_get_n_pages(doc);
    for (int i = 0; i < pages; i++) {
        PopplerPage *page = poppler_document_get_page(doc, i);
        if (!page) continue;
        char *t = poppler_page_get_text(page);
        if (t) {
            if (i > 0) g_string_append_c(text, '\f');
            g_string_append(text, t);
            g_free(t);
        }
        g_object_unref(page);
    }
    g_object_unref(doc);
    char *out = copy(text->str);
    g_string_free(text, TRUE);
    return out;
}
