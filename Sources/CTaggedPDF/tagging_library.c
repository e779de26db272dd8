// The functions of tagged_pdf.h, forwarded to the tagging step's shared
// library (tagged_pdf_functions.h), which is loaded when the first PDF is
// written: a command that writes no PDF (`--version`, `list`, `check`,
// `init`, `help`) never maps libqpdf, GnuTLS and the rest.
//
// The library is looked for beside the executable (a build folder:
// .build/release/ holds brief and the library; the test runner sits in
// .build/debug/) and then in ../lib/brief/ from it (an installed brief:
// PREFIX/bin/brief, PREFIX/lib/brief/; scripts/install), so that a moved
// prefix still finds it. Swift calls tp_load() before any other function
// here (TaggedPDF.checkLibrary), which turns a missing library into a
// message rather than a crash.
#include "tagged_pdf.h"
#include "tagged_pdf_functions.h"

#include <dlfcn.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const tp_functions *step;
static char failure[2 * PATH_MAX + 512];
static pthread_once_t loaded = PTHREAD_ONCE_INIT;

/// Opens `directory/relative` and takes its table; NULL (with `reason` set) if it cannot.
static const tp_functions *open_library(const char *directory, const char *relative, char *reason, size_t size) {
    char path[PATH_MAX + 64];
    snprintf(path, sizeof path, "%s/%s", directory, relative);
    void *library = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        const char *why = dlerror();
        snprintf(reason, size, "%s", why ? why : path);
        return NULL;
    }
    tp_functions_getter get = (tp_functions_getter)dlsym(library, TP_FUNCTIONS_SYMBOL);
    const tp_functions *table = get ? get() : NULL;
    if (!table || table->version != TP_FUNCTIONS_VERSION) {
        snprintf(reason, size, "%s is from another version of brief", path);
        dlclose(library);
        return NULL;
    }
    return table;
}

static void load(void) {
    char directory[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", directory, sizeof directory - 1);
    if (n <= 0) {
        snprintf(failure, sizeof failure, "cannot find brief's own executable (/proc/self/exe) to find %s beside it",
                 TP_LIBRARY_FILE);
        return;
    }
    directory[n] = '\0';
    char *slash = strrchr(directory, '/');
    if (slash) *slash = '\0';
    char beside[PATH_MAX + 256], installed[PATH_MAX + 256];
    step = open_library(directory, TP_LIBRARY_FILE, beside, sizeof beside);
    if (!step) step = open_library(directory, "../lib/brief/" TP_LIBRARY_FILE, installed, sizeof installed);
    if (!step) {
        snprintf(failure, sizeof failure,
                 "writing a PDF needs brief's tagging library %s, beside the executable or in ../lib/brief/ from it "
                 "(%s; %s): install brief with scripts/install, or build it with swift build (the BriefTaggedPDF "
                 "product)",
                 TP_LIBRARY_FILE, beside, installed);
    }
}

const char *tp_load(void) {
    pthread_once(&loaded, load);
    return step ? NULL : failure;
}

static void *load_on_thread(void *unused) {
    (void)unused;
    pthread_once(&loaded, load);
    return NULL;
}

void tp_load_in_background(void) {
    pthread_attr_t attributes;
    if (pthread_attr_init(&attributes) != 0) return;
    pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
    pthread_t thread;
    (void)pthread_create(&thread, &attributes, load_on_thread, NULL);
    pthread_attr_destroy(&attributes);
}

// Every caller has had tp_load() succeed (Swift checks it before writing a PDF).
static const tp_functions *library(void) {
    pthread_once(&loaded, load);
    if (!step) {
        fprintf(stderr, "brief: %s\n", failure);
        abort();
    }
    return step;
}

tp_sink *tp_sink_open(void) { return library()->sink_open(); }
void tp_sink_close(tp_sink *sink) { library()->sink_close(sink); }
int tp_sink_write(void *sink, const unsigned char *data, unsigned int length) {
    return step->sink_write(sink, data, length);  // only after tp_sink_open, so loaded
}
int tp_sink_error(const tp_sink *sink) { return library()->sink_error(sink); }
void tp_sink_page(tp_sink *sink, const tp_tree *tree, int compress_early) {
    library()->sink_page(sink, tree, compress_early);
}
void tp_sink_pages_done(tp_sink *sink) { library()->sink_pages_done(sink); }
size_t tp_sink_compressed_ahead(const tp_sink *sink) { return library()->sink_compressed_ahead(sink); }
tp_tree *tp_tree_new(void) { return library()->tree_new(); }
void tp_tree_free(tp_tree *tree) { library()->tree_free(tree); }
int32_t tp_element(tp_tree *tree, int32_t parent, const char *role) {
    return step->element(tree, parent, role);  // only after tp_tree_new, so loaded
}
void tp_attribute(tp_tree *tree, int32_t element, const char *key, const char *value) {
    step->attribute(tree, element, key, value);
}
void tp_content(tp_tree *tree, int32_t element, int32_t page, int32_t mcid) {
    step->content(tree, element, page, mcid);
}
void tp_decoration(tp_tree *tree, int32_t page, int32_t mcid) { step->decoration(tree, page, mcid); }
void tp_annotation(tp_tree *tree, int32_t element, int32_t page, int32_t index, const double rect[4],
                   const char *uri, const char *destination, const char *contents) {
    step->annotation(tree, element, page, index, rect, uri, destination, contents);
}
int tp_finish(tp_tree *tree, tp_sink *input, const tp_document *document, tp_write_fn write, void *context,
              char *error, size_t error_size) {
    return library()->finish(tree, input, document, write, context, error, error_size);
}
int tp_xref_offset_width(unsigned long long largest) { return library()->xref_offset_width(largest); }
