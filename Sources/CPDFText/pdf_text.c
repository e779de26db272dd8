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
// structures it reads: glib's GError and GList (glib's stable ABI) and
// poppler's PopplerTextAttributes (poppler-glib's public struct).

typedef struct { uint32_t domain; int code; char *message; } GErrorABI;
typedef struct GListABI { void *data; struct GListABI *next, *prev; } GListABI;
/// poppler's PopplerTextAttributes: a run of text in one font, by character offsets into the
/// page's text (both ends inclusive).
typedef struct {
    char *font_name;
    double font_size;
    int is_underlined;
    uint16_t red, green, blue;
    int start_index, end_index;
} TextAttributesABI;

/// poppler's PopplerRectangle: a character's box on the page, in points from its top left.
typedef struct { double x1, y1, x2, y2; } RectangleABI;

static struct {
    void *(*document_new_from_file)(const char *uri, const char *password, GErrorABI **error);
    int (*document_get_n_pages)(void *document);
    void *(*document_get_page)(void *document, int index);
    char *(*page_get_text)(void *page);
    GListABI *(*page_get_text_attributes)(void *page);
    int (*page_get_text_layout)(void *page, RectangleABI **rectangles, unsigned *count);
    void (*page_free_text_attributes)(GListABI *list);
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
    *(void **)&poppler.page_get_text_attributes = dlsym(lib, "poppler_page_get_text_attributes");
    *(void **)&poppler.page_free_text_attributes = dlsym(lib, "poppler_page_free_text_attributes");
    *(void **)&poppler.page_get_text_layout = dlsym(lib, "poppler_page_get_text_layout");
    *(void **)&poppler.filename_to_uri = dlsym(lib, "g_filename_to_uri");
    *(void **)&poppler.error_free = dlsym(lib, "g_error_free");
    *(void **)&poppler.free = dlsym(lib, "g_free");
    *(void **)&poppler.object_unref = dlsym(lib, "g_object_unref");
    if (!poppler.document_new_from_file || !poppler.document_get_n_pages || !poppler.document_get_page
        || !poppler.page_get_text || !poppler.page_get_text_attributes || !poppler.page_free_text_attributes
        || !poppler.page_get_text_layout
        || !poppler.filename_to_uri || !poppler.error_free || !poppler.free
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

/// Type sizes seen on one line, with how many characters each covers.
enum { sizesPerLine = 8 };
typedef struct { double size[sizesPerLine]; int count[sizesPerLine]; int used; } LineSizes;

/// Counts one character set in `size` (a line of more than `sizesPerLine` sizes counts the first ones).
static void count_size(LineSizes *line, double size) {
    for (int k = 0; k < line->used; k++) {
        if (line->size[k] == size) {
            line->count[k]++;
            return;
        }
    }
    if (line->used < sizesPerLine) {
        line->size[line->used] = size;
        line->count[line->used++] = 1;
    }
}

/// The size a line is set in: the one at least two thirds of its characters are set in; 0 for a
/// line without text, or one of mixed sizes (a letterhead's name and its address on one line of
/// text): such a line says nothing of where a headline is.
static double main_size(const LineSizes *line) {
    double best = 0;
    int most = 0, all = 0;
    for (int k = 0; k < line->used; k++) {
        all += line->count[k];
        if (line->count[k] > most) {
            best = line->size[k];
            most = line->count[k];
        }
    }
    return most * 3 >= all * 2 ? best : 0;
}

/// Appends `n` sizes to a growing array.
static int append_sizes(double **sizes, size_t *count, size_t *capacity, const double *more, size_t n) {
    if (*count + n > *capacity) {
        size_t wanted = *capacity ? *capacity * 2 : 256;
        while (wanted < *count + n) wanted *= 2;
        double *grown = realloc(*sizes, wanted * sizeof **sizes);
        if (!grown) return 0;
        *sizes = grown;
        *capacity = wanted;
    }
    memcpy(*sizes + *count, more, n * sizeof *more);
    *count += n;
    return 1;
}

/// The main type size of each line of a page's `text` (lines split at '\n'), from poppler's runs
/// of one font, whose ends are offsets in characters. Returns a malloc'd array of `*lines`
/// sizes, or NULL when out of memory.
static double *page_line_sizes(void *page, const char *text, size_t *lines) {
    size_t n = 1, characters = 0;
    for (const unsigned char *c = (const unsigned char *)text; *c; c++) {
        n += *c == '\n';
        characters += (*c & 0xC0) != 0x80; // a character's first byte
    }
    *lines = n;
    LineSizes *sized = calloc(n, sizeof *sized);
    long *line_of = malloc((characters + 1) * sizeof *line_of); // each character's line; -1 for a line break
    double *out = malloc(n * sizeof *out);
    if (!sized || !line_of || !out) {
        free(sized);
        free(line_of);
        free(out);
        return NULL;
    }
    long line = 0;
    size_t index = 0;
    for (const unsigned char *c = (const unsigned char *)text; *c; c++) {
        if ((*c & 0xC0) == 0x80) continue;
        line_of[index++] = *c == '\n' ? -1 : line;
        if (*c == '\n') line++;
    }
    GListABI *runs = poppler.page_get_text_attributes(page);
    for (GListABI *l = runs; l; l = l->next) {
        const TextAttributesABI *run = l->data;
        if (!run || run->start_index < 0 || run->end_index < run->start_index) continue;
        for (size_t i = (size_t)run->start_index; i <= (size_t)run->end_index && i < characters; i++) {
            if (line_of[i] >= 0) count_size(&sized[line_of[i]], run->font_size);
        }
    }
    if (runs) poppler.page_free_text_attributes(runs);
    for (size_t i = 0; i < n; i++) out[i] = main_size(&sized[i]);
    free(sized);
    free(line_of);
    return out;
}

/// Whether a line (`length` bytes) is a list's bullet alone: "•", "▪", "◦", "●" or "■", with
/// spaces around it at most.
static int is_lone_bullet(const char *line, size_t length) {
    static const char *bullets[] = {"\xE2\x80\xA2", "\xE2\x96\xAA", "\xE2\x97\xA6", "\xE2\x97\x8F", "\xE2\x96\xA0"};
    while (length > 0 && (*line == ' ' || *line == '\t')) { line++; length--; }
    while (length > 0 && (line[length - 1] == ' ' || line[length - 1] == '\t')) length--;
    if (length != 3) return 0;
    for (size_t k = 0; k < sizeof bullets / sizeof *bullets; k++) {
        if (memcmp(line, bullets[k], 3) == 0) return 1;
    }
    return 0;
}

/// poppler reads a bulleted list as two blocks: the bullets, one per line, then the items' text
/// ("•" / "•" / "Endorse the Principles…" / "Repeal…"). Each bullet is put back before the line
/// it stands beside on the page (its box's middle within that line's first character's height,
/// to its left), and its own line dropped; a bullet beside no line stays where it is. `sizes`
/// (one per line of `text`) are kept in step. Returns a malloc'd text and sets `*out_sizes` and
/// `*out_lines`; NULL (nothing changed, or no memory) leaves the caller's text as it is.
static char *reattach_bullets(void *page, const char *text, const double *sizes, size_t lines,
                              double **out_sizes, size_t *out_lines) {
    char *out = NULL;
    RectangleABI *boxes = NULL;
    size_t *start = malloc((lines + 1) * sizeof *start); // each line's first byte
    size_t *head = malloc(lines * sizeof *head);         // each line's first non-space character's index
    int *lone = malloc(lines * sizeof *lone);            // whether a line is a bullet alone
    int *bullet_for = malloc(lines * sizeof *bullet_for); // the bullet line put before a line, or -1
    int *moved = calloc(lines, sizeof *moved);           // whether a bullet line was put back
    if (!start || !head || !lone || !bullet_for || !moved) goto done;
    // Each line's start, first character and whether it is a bullet alone, in one pass over the text.
    size_t line = 0, characters = 0, bullets = 0;
    int leading = 1; // still in the line's leading spaces
    start[0] = 0;
    head[0] = 0;
    for (size_t b = 0;; b++) {
        unsigned char c = (unsigned char)text[b];
        if (c == '\n' || c == 0) {
            lone[line] = is_lone_bullet(text + start[line], b - start[line]);
            bullets += lone[line];
            if (c == 0) break;
            if (line + 1 < lines) {
                line++;
                start[line] = b + 1;
                head[line] = characters + 1;
                leading = 1;
            }
        } else if (leading && (c == ' ' || c == '\t')) {
            head[line]++;
        } else {
            leading = 0;
        }
        characters += (c & 0xC0) != 0x80;
    }
    start[lines] = strlen(text) + 1;
    // Only a page with a bullet alone on its line asks poppler for its characters' boxes.
    unsigned count = 0;
    if (bullets == 0 || !poppler.page_get_text_layout(page, &boxes, &count) || !boxes || count != characters)
        goto done;
    int found = 0;
    for (size_t i = 0; i < lines; i++) bullet_for[i] = -1;
    for (size_t i = 0; i < lines; i++) {
        if (!lone[i] || head[i] >= count) continue;
        double middle = (boxes[head[i]].y1 + boxes[head[i]].y2) / 2, left = boxes[head[i]].x2;
        // The nearest line to its right (a page of two columns has two lines at its height).
        long best = -1;
        double gap = 0;
        for (size_t j = 0; j < lines; j++) {
            size_t k = head[j];
            if (lone[j] || start[j + 1] - 1 == start[j] || bullet_for[j] >= 0 || k >= count) continue;
            if (boxes[k].y1 <= middle && middle <= boxes[k].y2 && boxes[k].x1 >= left
                && (best < 0 || boxes[k].x1 - left < gap)) {
                best = (long)j;
                gap = boxes[k].x1 - left;
            }
        }
        if (best >= 0) {
            bullet_for[best] = (int)i;
            moved[i] = 1;
            found = 1;
        }
    }
    if (!found) goto done;
    out = malloc(strlen(text) + 4 * lines + 1);
    *out_sizes = malloc(lines * sizeof **out_sizes);
    if (!out || !*out_sizes) {
        free(out);
        free(*out_sizes);
        *out_sizes = NULL;
        out = NULL;
        goto done;
    }
    // A bullet line put back is dropped; one beside no line stays where it is.
    size_t written = 0, kept = 0;
    for (size_t i = 0; i < lines; i++) {
        if (moved[i]) continue;
        if (kept > 0) out[written++] = '\n';
        if (bullet_for[i] >= 0) {
            memcpy(out + written, "\xE2\x80\xA2 ", 4);
            written += 4;
        }
        size_t length = start[i + 1] - 1 - start[i];
        memcpy(out + written, text + start[i], length);
        written += length;
        (*out_sizes)[kept++] = sizes[i];
    }
    out[written] = 0;
    *out_lines = kept;
done:
    if (boxes) poppler.free(boxes);
    free(start);
    free(head);
    free(lone);
    free(bullet_for);
    free(moved);
    return out;
}

char *brief_pdf_text(const char *path, char **error, double **sizes, size_t *lines) {
    *error = NULL;
    *sizes = NULL;
    *lines = 0;
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
    size_t length = 0, capacity = 0, sizes_capacity = 0;
    int written = 0; // pages whose text was appended: a form feed goes between two of them
    int ok = append(&text, &length, &capacity, "", 0);
    static const double blank = 0;
    int pages = poppler.document_get_n_pages(doc);
    for (int i = 0; i < pages && ok; i++) {
        void *page = poppler.document_get_page(doc, i);
        if (!page) continue;
        char *t = poppler.page_get_text(page);
        if (t) {
            // The form feed between pages reads as a blank line: one size for it.
            size_t n = 0;
            double *page_sizes = page_line_sizes(page, t, &n);
            double *rebulleted_sizes = NULL;
            size_t rebulleted_lines = 0;
            char *rebulleted =
                page_sizes ? reattach_bullets(page, t, page_sizes, n, &rebulleted_sizes, &rebulleted_lines) : NULL;
            if (rebulleted) {
                poppler.free(t);
                t = rebulleted;
                free(page_sizes);
                page_sizes = rebulleted_sizes;
                n = rebulleted_lines;
            }
            ok = append(&text, &length, &capacity, t, written > 0) && page_sizes
                && (written == 0 || append_sizes(sizes, lines, &sizes_capacity, &blank, 1))
                && append_sizes(sizes, lines, &sizes_capacity, page_sizes, n);
            written++;
            free(page_sizes);
            if (rebulleted) free(t); else poppler.free(t);
        }
        poppler.object_unref(page);
    }
    poppler.object_unref(doc);
    if (!ok) {
        free(text);
        free(*sizes);
        *sizes = NULL;
        *lines = 0;
        *error = copy("out of memory reading the PDF's text");
        return NULL;
    }
    return text;
}
