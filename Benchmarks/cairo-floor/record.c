// record.c: an LD_PRELOAD library that writes down every cairo call brief
// makes while it draws a PDF, so that replay.c can make the same calls
// through cairo alone (the "cairo alone" floor of docs/benchmarks.md).
//
// Fonts: brief hands FreeType the font files' bytes (FT_New_Memory_Face);
// each distinct buffer is written once to DIR/font-N.bin and the calls name
// it by N. The log, DIR/calls.txt, is one call a line, numbers as C99
// hexadecimal floats so that the replay draws the very same positions.
//
//   cc -O2 -shared -fPIC -o record.so record.c -ldl
//   BRIEF_CAIRO_RECORD=DIR LD_PRELOAD=$PWD/record.so brief generate ...
#define _GNU_SOURCE
#include <cairo-ft.h>
#include <cairo-pdf.h>
#include <cairo.h>
#include <dlfcn.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static FILE *out;
static const char *dir;

enum { MAX_FONTS = 64, MAX_MAP = 4096 };
static const void *font_bytes[MAX_FONTS];
static int font_count;
// face/cairo face/scaled font pointer -> font number (and size for scaled fonts)
static struct { const void *key; int font; double size; } map[MAX_MAP];
static int map_count;

#define REAL(name) static __typeof__(name) *real_##name; if (!real_##name) real_##name = dlsym(RTLD_NEXT, #name)

static FILE *log_file(void) {
  if (!out) {
    dir = getenv("BRIEF_CAIRO_RECORD");
    if (!dir) return NULL;
    char path[4096];
    snprintf(path, sizeof path, "%s/calls.txt", dir);
    out = fopen(path, "w");
  }
  return out;
}

static void remember(const void *key, int font, double size) {
  if (map_count < MAX_MAP) map[map_count++] = (__typeof__(map[0])){key, font, size};
}

static int lookup(const void *key, double *size) {
  for (int i = map_count - 1; i >= 0; i--)
    if (map[i].key == key) { if (size) *size = map[i].size; return map[i].font; }
  return -1;
}

FT_Error FT_New_Memory_Face(FT_Library library, const FT_Byte *base, FT_Long size, FT_Long index, FT_Face *face) {
  REAL(FT_New_Memory_Face);
  FT_Error e = real_FT_New_Memory_Face(library, base, size, index, face);
  pthread_mutex_lock(&lock);
  if (e == 0 && log_file()) {
    int n = -1;
    for (int i = 0; i < font_count; i++) if (font_bytes[i] == base) n = i;
    if (n < 0 && font_count < MAX_FONTS) {
      n = font_count++;
      font_bytes[n] = base;
      char path[4096];
      snprintf(path, sizeof path, "%s/font-%d.bin", dir, n);
      FILE *f = fopen(path, "w");
      if (f) { fwrite(base, 1, (size_t)size, f); fclose(f); }
    }
    remember(*face, n, 0);
  }
  pthread_mutex_unlock(&lock);
  return e;
}

cairo_font_face_t *cairo_ft_font_face_create_for_ft_face(FT_Face face, int flags) {
  REAL(cairo_ft_font_face_create_for_ft_face);
  cairo_font_face_t *f = real_cairo_ft_font_face_create_for_ft_face(face, flags);
  pthread_mutex_lock(&lock);
  remember(f, lookup(face, NULL), 0);
  pthread_mutex_unlock(&lock);
  return f;
}

cairo_scaled_font_t *cairo_scaled_font_create(cairo_font_face_t *face, const cairo_matrix_t *m,
                                              const cairo_matrix_t *ctm, const cairo_font_options_t *o) {
  REAL(cairo_scaled_font_create);
  cairo_scaled_font_t *s = real_cairo_scaled_font_create(face, m, ctm, o);
  pthread_mutex_lock(&lock);
  remember(s, lookup(face, NULL), m->xx);
  pthread_mutex_unlock(&lock);
  return s;
}

#define LOG(...) \
  do { \
    pthread_mutex_lock(&lock); \
    if (log_file()) fprintf(out, __VA_ARGS__); \
    pthread_mutex_unlock(&lock); \
  } while (0)

cairo_surface_t *cairo_pdf_surface_create_for_stream(cairo_write_func_t w, void *c, double width, double height) {
  REAL(cairo_pdf_surface_create_for_stream);
  LOG("surface %a %a\n", width, height);
  return real_cairo_pdf_surface_create_for_stream(w, c, width, height);
}
void cairo_pdf_surface_set_size(cairo_surface_t *s, double width, double height) {
  REAL(cairo_pdf_surface_set_size);
  LOG("size %a %a\n", width, height);
  real_cairo_pdf_surface_set_size(s, width, height);
}
void cairo_set_scaled_font(cairo_t *cr, const cairo_scaled_font_t *s) {
  REAL(cairo_set_scaled_font);
  pthread_mutex_lock(&lock);
  double size = 0;
  int n = lookup(s, &size);
  if (log_file()) fprintf(out, "font %d %a\n", n, size);
  pthread_mutex_unlock(&lock);
  real_cairo_set_scaled_font(cr, s);
}
void cairo_set_source_rgba(cairo_t *cr, double r, double g, double b, double a) {
  REAL(cairo_set_source_rgba);
  LOG("rgba %a %a %a %a\n", r, g, b, a);
  real_cairo_set_source_rgba(cr, r, g, b, a);
}
void cairo_show_text_glyphs(cairo_t *cr, const char *utf8, int utf8_len, const cairo_glyph_t *glyphs, int num_glyphs,
                            const cairo_text_cluster_t *clusters, int num_clusters, cairo_text_cluster_flags_t flags) {
  REAL(cairo_show_text_glyphs);
  pthread_mutex_lock(&lock);
  if (log_file()) {
    if (utf8_len < 0) utf8_len = (int)strlen(utf8);
    fprintf(out, "text %d %d %d %d\n", utf8_len, num_glyphs, num_clusters, (int)flags);
    fwrite(utf8, 1, (size_t)utf8_len, out);
    fputc('\n', out);
    for (int i = 0; i < num_glyphs; i++) fprintf(out, "%lu %a %a\n", glyphs[i].index, glyphs[i].x, glyphs[i].y);
    for (int i = 0; i < num_clusters; i++) fprintf(out, "%d %d\n", clusters[i].num_bytes, clusters[i].num_glyphs);
  }
  pthread_mutex_unlock(&lock);
  real_cairo_show_text_glyphs(cr, utf8, utf8_len, glyphs, num_glyphs, clusters, num_clusters, flags);
}
void cairo_show_glyphs(cairo_t *cr, const cairo_glyph_t *glyphs, int num_glyphs) {
  REAL(cairo_show_glyphs);
  pthread_mutex_lock(&lock);
  if (log_file()) {
    fprintf(out, "glyphs %d\n", num_glyphs);
    for (int i = 0; i < num_glyphs; i++) fprintf(out, "%lu %a %a\n", glyphs[i].index, glyphs[i].x, glyphs[i].y);
  }
  pthread_mutex_unlock(&lock);
  real_cairo_show_glyphs(cr, glyphs, num_glyphs);
}
void cairo_tag_begin(cairo_t *cr, const char *name, const char *attributes) {
  REAL(cairo_tag_begin);
  LOG("begin %s\n%s\n", name, attributes ? attributes : "");
  real_cairo_tag_begin(cr, name, attributes);
}
void cairo_tag_end(cairo_t *cr, const char *name) {
  REAL(cairo_tag_end);
  LOG("end %s\n", name);
  real_cairo_tag_end(cr, name);
}
void cairo_new_path(cairo_t *cr) { REAL(cairo_new_path); LOG("newpath\n"); real_cairo_new_path(cr); }
void cairo_close_path(cairo_t *cr) { REAL(cairo_close_path); LOG("close\n"); real_cairo_close_path(cr); }
void cairo_fill(cairo_t *cr) { REAL(cairo_fill); LOG("fill\n"); real_cairo_fill(cr); }
void cairo_stroke(cairo_t *cr) { REAL(cairo_stroke); LOG("stroke\n"); real_cairo_stroke(cr); }
void cairo_show_page(cairo_t *cr) { REAL(cairo_show_page); LOG("page\n"); real_cairo_show_page(cr); }
void cairo_move_to(cairo_t *cr, double x, double y) {
  REAL(cairo_move_to); LOG("move %a %a\n", x, y); real_cairo_move_to(cr, x, y);
}
void cairo_line_to(cairo_t *cr, double x, double y) {
  REAL(cairo_line_to); LOG("line %a %a\n", x, y); real_cairo_line_to(cr, x, y);
}
void cairo_curve_to(cairo_t *cr, double a, double b, double c, double d, double e, double f) {
  REAL(cairo_curve_to); LOG("curve %a %a %a %a %a %a\n", a, b, c, d, e, f); real_cairo_curve_to(cr, a, b, c, d, e, f);
}
void cairo_rectangle(cairo_t *cr, double x, double y, double w, double h) {
  REAL(cairo_rectangle); LOG("rect %a %a %a %a\n", x, y, w, h); real_cairo_rectangle(cr, x, y, w, h);
}
void cairo_set_line_width(cairo_t *cr, double w) {
  REAL(cairo_set_line_width); LOG("width %a\n", w); real_cairo_set_line_width(cr, w);
}
void cairo_set_dash(cairo_t *cr, const double *d, int n, double offset) {
  REAL(cairo_set_dash);
  pthread_mutex_lock(&lock);
  if (log_file()) {
    fprintf(out, "dash %d %a", n, offset);
    for (int i = 0; i < n; i++) fprintf(out, " %a", d[i]);
    fputc('\n', out);
  }
  pthread_mutex_unlock(&lock);
  real_cairo_set_dash(cr, d, n, offset);
}
void cairo_surface_finish(cairo_surface_t *s) {
  REAL(cairo_surface_finish);
  pthread_mutex_lock(&lock);
  if (out) fflush(out);
  pthread_mutex_unlock(&lock);
  real_cairo_surface_finish(s);
}
