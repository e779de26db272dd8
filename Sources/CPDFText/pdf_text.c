#include "pdf_text.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

// poppler (and the NSS, GnuTLS, OpenJPEG, TIFF and LCMS libraries it pulls
// in) is loaded when the first PDF is read, not when brief starts: only
// `brief ingest` reads PDFs, and loading it cost every other command some
// 40 shared libraries at start-up. So this file includes no poppler or glib
// header and links neither: it names the few functions it calls and the
// one glib structure it reads (GError, whose layout is glib's stable ABI).

typedef struct { uint32_t domain; int code; char *message; } GErrorABI;

static struct {
    void *(*document_new_from_file)(const char *uri, const char *password, GErrorABI **error);
    int (*document_get_n_pages)(void *document);
    void *(*document_get_page)(void *document, int index);
    char *(*page_get_text)(void *page);
    char *(*filename_to_uri)(const char *path, const char *hostname, GErrorABI **error);
    void (*error_free)(GErrorABI *error);
    void (*free)(void *memory);
    void (*object_unref)(void *object);
    const char *failure; // why the library could not be loaded, or NULL
} poppler;

static pthread_once_t loaded = PTHREAD_ONCE_INIT;

static void load(void) {
    static const char *names[] = {"libpoppler-glib.so.8", "libpoppler-glib.so"};
    void *lib = NULL;
    for (size_t i = 0; i < sizeof names / sizeof *names && !lib; i++) lib = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        poppler.failure = "reading PDF needs poppler's GLib library (Debian: apt-get install libpoppler-glib8)";
        return;
    }
    // Symbols of glib and gobject are found through poppler-glib's own dependencies.
    *(void **)&poppler.document_new_from_file = dlsym(lib, "poppler_document_new_from_file");
    *(void **)&poppler.document_get_n_pages = dlsym(lib, "poppler_document_get_n_pages");
    *(void **)&poppler.document_get_page = dlsym(lib, "poppler_document_get_page");
    *(void **)&poppler.page_get_text = dlsym(lib, "poppler_page_get_text");
    *(void **)&poppler.filename_to_uri = dlsym(lib, "g_filename_to_uri");
    *(void **)&poppler.error_free = dlsym(lib, "g_error_free");
    *(void **)&poppler.free = dlsym(lib, "g_free");
    *(void **)&poppler.object_unref = dlsym(lib, "g_object_unref");
    if (!poppler.document_new_from_file || !poppler.document_get_n_pages || !poppler.document_get_page
        || !poppler.page_get_text || !poppler.filename_to_uri || !poppler.error_free || !poppler.free
        || !poppler.object_unref) {
        poppler.failure = "the installed poppler GLib library lacks a function brief needs (libpoppler-glib8 expected)";
    }
}

static char *copy(const char *s) {
    size_t n = strlen(s);
    char *out = malloc(n + 1);
    if (out) memcpy(out, s, n + 1);
    return out;
}

/// Appends `s` (and a form feed before it when `separate`) to a growing buffer.
static int append(char **buffer, size_t *length, size_t *capacity, const char *s, int separate) {
    size_t n = strlen(s) + (separate ? 1 : 0);
    if (*length + n + 1 > *capacity) {
        size_t wanted = (*capacity ? *capacity * 2 : 4096);
        while (wanted < *length + n + 1) wanted *= 2;
        char *grown = realloc(*buffer, wanted);
        if (!grown) return 0;
        *buffer = grown;
        *capacity = wanted;
    }
    if (separate) (*buffer)[(*length)++] = '\f';
    memcpy(*buffer + *length, s, strlen(s) + 1);
    *length += strlen(s);
    return 1;
}

char *brief_pdf_text(const char *path, char **error) {
    *error = NULL;
    pthread_once(&loaded, load);
    if (poppler.failure) {
        *error = copy(poppler.failure);
        return NULL;
    }
    GErrorABI *err = NULL;
    char *uri = poppler.filename_to_uri(path, NULL, &err);
    if (!uri) {
        *error = copy(err ? err->message : "not a file path");
        if (err) poppler.error_free(err);
        return NULL;
    }
    void *doc = poppler.document_new_from_file(uri, NULL, &err);
    poppler.free(uri);
    if (!doc) {
        *error = copy(err ? err->message : "not a PDF");
        if (err) poppler.error_free(err);
        return NULL;
    }
    char *text = NULL;
    size_t length = 0, capacity = 0;
    int ok = append(&text, &length, &capacity, "", 0);
    int pages = poppler.document_get_n_pages(doc);
    for (int i = 0; i < pages && ok; i++) {
        void *page = poppler.document_get_page(doc, i);
        if (!page) continue;
        char *t = poppler.page_get_text(page);
        if (t) {
            ok = append(&text, &length, &capacity, t, i > 0);
            poppler.free(t);
        }
        poppler.object_unref(page);
    }
    poppler.object_unref(doc);
    if (!ok) {
        free(text);
        *error = copy("out of memory reading the PDF's text");
        return NULL;
    }
    return text;
}
