// replay.c: draws, through cairo alone, the calls record.c wrote down
// while brief drew a PDF: the floor any engine on cairo's PDF surface pays
// for the same pages (docs/benchmarks.md, "cairo alone").
//
//   cc -O2 -o replay replay.c $(pkg-config --cflags --libs cairo freetype2)
//   replay [options] DIR [OUT.pdf]
//
// Options change how the same glyphs are handed to cairo, to see what each
// way costs:
//   --glyphs         cairo_show_glyphs: no text, no clusters
//   --plain-runs     cairo_show_glyphs for runs whose clusters are all one
//                    byte to one glyph, cairo_show_text_glyphs for the rest
//   --words          as --plain-runs, but a plain run one word a call (split
//                    after each space): what drawing word by word would cost
//   --no-tags        no cairo_tag_begin / cairo_tag_end
//   --text-only      no paths (rules, shading, figures)
//   --compress       let cairo compress content streams (brief's tagging
//                    step once asked it not to, with CAIRO_DEBUG_PDF)
// Without OUT the PDF goes to a write function that discards it. The log is
// read first; the CPU time printed is the drawing's alone.
#include <cairo-ft.h>
#include <cairo-pdf.h>
#include <cairo.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <stdio.h>
#include <time.h>
#include <stdlib.h>
#include <string.h>

static int opt_glyphs, opt_plain_runs, opt_words, opt_no_tags, opt_text_only, opt_compress;

static cairo_status_t discard(void *closure, const unsigned char *data, unsigned int length) {
  (void)data;
  *(unsigned long *)closure += length;
  return CAIRO_STATUS_SUCCESS;
}

static void *grow(void *p, size_t *cap, size_t need, size_t size) {
  if (need <= *cap) return p;
  *cap = need * 2;
  p = realloc(p, *cap * size);
  if (!p) { perror("realloc"); exit(1); }
  return p;
}

/// One recorded call, its numbers and where its text, glyphs and clusters start in the pools.
typedef struct {
  char kind[12];
  int n[4];
  double x[6];
  size_t text, glyphs, clusters, name, attributes;
} op_t;

static op_t *ops; static size_t op_count, op_cap;
static char *strings; static size_t string_count, string_cap;
static cairo_glyph_t *glyph_pool; static size_t glyph_count, glyph_pool_cap;
static cairo_text_cluster_t *cluster_pool; static size_t cluster_count, cluster_pool_cap;

static size_t keep_string(const char *s, size_t n) {
  strings = grow(strings, &string_cap, string_count + n + 1, 1);
  memcpy(strings + string_count, s, n);
  strings[string_count + n] = 0;
  size_t at = string_count;
  string_count += n + 1;
  return at;
}

static int read_log(FILE *in) {
  char line[65536];
  while (fgets(line, sizeof line, in)) {
    ops = grow(ops, &op_cap, op_count + 1, sizeof *ops);
    op_t *o = &ops[op_count++];
    memset(o, 0, sizeof *o);
    if (sscanf(line, "%11s", o->kind) != 1) { op_count--; continue; }
    if (!strcmp(o->kind, "text") || !strcmp(o->kind, "glyphs")) {
      int has_text = !strcmp(o->kind, "text");
      if (has_text) sscanf(line, "%*s %d %d %d %d", &o->n[0], &o->n[1], &o->n[2], &o->n[3]);
      else sscanf(line, "%*s %d", &o->n[1]);
      if (has_text) {
        char *t = malloc((size_t)o->n[0] + 1);
        if (fread(t, 1, (size_t)o->n[0] + 1, in) != (size_t)o->n[0] + 1) return 0;
        o->text = keep_string(t, (size_t)o->n[0]);
        free(t);
      }
      glyph_pool = grow(glyph_pool, &glyph_pool_cap, glyph_count + (size_t)o->n[1] + 1, sizeof *glyph_pool);
      o->glyphs = glyph_count;
      for (int i = 0; i < o->n[1]; i++) {
        cairo_glyph_t *g = &glyph_pool[glyph_count++];
        if (!fgets(line, sizeof line, in)) return 0;
        sscanf(line, "%lu %la %la", &g->index, &g->x, &g->y);
      }
      cluster_pool = grow(cluster_pool, &cluster_pool_cap, cluster_count + (size_t)o->n[2] + 1, sizeof *cluster_pool);
      o->clusters = cluster_count;
      int plain = 1;
      for (int i = 0; i < o->n[2]; i++) {
        cairo_text_cluster_t *c = &cluster_pool[cluster_count++];
        if (!fgets(line, sizeof line, in)) return 0;
        sscanf(line, "%d %d", &c->num_bytes, &c->num_glyphs);
        if (c->num_bytes != 1 || c->num_glyphs != 1) plain = 0;
      }
      o->x[0] = plain;
    } else if (!strcmp(o->kind, "begin") || !strcmp(o->kind, "end")) {
      char name[4096];
      sscanf(line, "%*s %4095s", name);
      o->name = keep_string(name, strlen(name));
      if (!strcmp(o->kind, "begin")) {
        if (!fgets(line, sizeof line, in)) return 0;
        line[strcspn(line, "\n")] = 0;
        o->attributes = keep_string(line, strlen(line));
      }
    } else if (!strcmp(o->kind, "font")) {
      sscanf(line, "%*s %d %la", &o->n[0], &o->x[0]);
    } else if (!strcmp(o->kind, "dash")) {
      char *p = line;
      sscanf(line, "%*s %d %la", &o->n[0], &o->x[5]);
      for (int k = 0; k < 3; k++) p = strchr(p, ' ') ? strchr(p, ' ') + 1 : p;
      for (int i = 0; i < o->n[0] && i < 5; i++) o->x[i] = strtod(p, &p);
    } else {
      sscanf(line, "%*s %la %la %la %la %la %la", &o->x[0], &o->x[1], &o->x[2], &o->x[3], &o->x[4], &o->x[5]);
    }
  }
  return 1;
}

// Not inlined, so that callgrind counts cairo's calls as this function's.
__attribute__((noinline, noclone)) static cairo_status_t draw(const char *dir, const char *pdf, unsigned long *written,
                                                              long *pages, long *calls, long *glyph_total) {
  char path[4096];
  FT_Library library;
  FT_Init_FreeType(&library);
  cairo_font_options_t *options = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  enum { MAX_FONTS = 64, MAX_SCALED = 256 };
  cairo_font_face_t *faces[MAX_FONTS] = {0};
  struct { int font; double size; cairo_scaled_font_t *scaled; } scaled[MAX_SCALED];
  int scaled_count = 0;
  cairo_surface_t *surface = NULL;
  cairo_t *cr = NULL;
  for (size_t k = 0; k < op_count; k++) {
    const op_t *o = &ops[k];
    const char *word = o->kind;
    const double *x = o->x;
    if (!strcmp(word, "surface")) {
      surface = pdf ? cairo_pdf_surface_create(pdf, x[0], x[1])
                    : cairo_pdf_surface_create_for_stream(discard, written, x[0], x[1]);
      cr = cairo_create(surface);
    } else if (!cr) {
      fprintf(stderr, "replay: a call before the surface\n");
      exit(1);
    } else if (!strcmp(word, "size")) {
      cairo_pdf_surface_set_size(surface, x[0], x[1]);
    } else if (!strcmp(word, "font")) {
      int n = o->n[0]; double size = x[0];
      cairo_scaled_font_t *s = NULL;
      for (int i = 0; i < scaled_count; i++) if (scaled[i].font == n && scaled[i].size == size) s = scaled[i].scaled;
      if (!s) {
        if (n < 0 || n >= MAX_FONTS) { fprintf(stderr, "replay: font %d\n", n); exit(1); }
        if (!faces[n]) {
          snprintf(path, sizeof path, "%s/font-%d.bin", dir, n);
          FT_Face face;
          if (FT_New_Face(library, path, 0, &face)) { fprintf(stderr, "replay: cannot read %s\n", path); exit(1); }
          faces[n] = cairo_ft_font_face_create_for_ft_face(face, 0);
        }
        cairo_matrix_t m, ctm;
        cairo_matrix_init_scale(&m, size, size);
        cairo_matrix_init_identity(&ctm);
        s = cairo_scaled_font_create(faces[n], &m, &ctm, options);
        if (scaled_count < MAX_SCALED) scaled[scaled_count++] = (__typeof__(scaled[0])){n, size, s};
      }
      cairo_set_scaled_font(cr, s);
    } else if (!strcmp(word, "rgba")) {
      cairo_set_source_rgba(cr, x[0], x[1], x[2], x[3]);
    } else if (!strcmp(word, "text") || !strcmp(word, "glyphs")) {
      int has_text = !strcmp(word, "text"), plain = x[0] != 0;
      if (has_text && opt_words && plain) {
        // A plain run has one glyph a byte: a word ends after each space.
        const char *t = strings + o->text;
        int from = 0;
        for (int i = 0; i < o->n[1]; i++)
          if (t[i] == ' ' || i == o->n[1] - 1) {
            cairo_show_glyphs(cr, glyph_pool + o->glyphs + from, i + 1 - from);
            from = i + 1;
          }
      } else if (!has_text || opt_glyphs || (opt_plain_runs && plain))
        cairo_show_glyphs(cr, glyph_pool + o->glyphs, o->n[1]);
      else
        cairo_show_text_glyphs(cr, strings + o->text, o->n[0], glyph_pool + o->glyphs, o->n[1],
                               cluster_pool + o->clusters, o->n[2], (cairo_text_cluster_flags_t)o->n[3]);
      (*calls)++; *glyph_total += o->n[1];
    } else if (!strcmp(word, "begin")) {
      if (!opt_no_tags) cairo_tag_begin(cr, strings + o->name, strings + o->attributes);
    } else if (!strcmp(word, "end")) {
      if (!opt_no_tags) cairo_tag_end(cr, strings + o->name);
    } else if (!strcmp(word, "page")) {
      cairo_show_page(cr);
      (*pages)++;
    } else if (opt_text_only && strcmp(word, "rect")) {
      // Paths are left out; `rect` is the page's ground, which stays.
      if (!strcmp(word, "fill") || !strcmp(word, "stroke")) cairo_new_path(cr);
    } else if (!strcmp(word, "newpath")) cairo_new_path(cr);
    else if (!strcmp(word, "close")) cairo_close_path(cr);
    else if (!strcmp(word, "fill")) cairo_fill(cr);
    else if (!strcmp(word, "stroke")) cairo_stroke(cr);
    else if (!strcmp(word, "move")) cairo_move_to(cr, x[0], x[1]);
    else if (!strcmp(word, "line")) cairo_line_to(cr, x[0], x[1]);
    else if (!strcmp(word, "curve")) cairo_curve_to(cr, x[0], x[1], x[2], x[3], x[4], x[5]);
    else if (!strcmp(word, "rect")) cairo_rectangle(cr, x[0], x[1], x[2], x[3]);
    else if (!strcmp(word, "width")) cairo_set_line_width(cr, x[0]);
    else if (!strcmp(word, "dash")) cairo_set_dash(cr, o->n[0] ? x : NULL, o->n[0], x[5]);
    else { fprintf(stderr, "replay: unknown call %s\n", word); exit(1); }
  }
  if (!surface) { fprintf(stderr, "replay: no surface in the log\n"); exit(1); }
  cairo_surface_finish(surface);
  cairo_status_t status = cairo_surface_status(surface);
  cairo_destroy(cr);
  cairo_surface_destroy(surface);
  return status;
}

static double cpu_seconds(void) {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
  int a = 1;
  for (; a < argc && argv[a][0] == '-'; a++) {
    if (!strcmp(argv[a], "--glyphs")) opt_glyphs = 1;
    else if (!strcmp(argv[a], "--plain-runs")) opt_plain_runs = 1;
    else if (!strcmp(argv[a], "--words")) opt_plain_runs = opt_words = 1;
    else if (!strcmp(argv[a], "--no-tags")) opt_no_tags = 1;
    else if (!strcmp(argv[a], "--text-only")) opt_text_only = 1;
    else if (!strcmp(argv[a], "--compress")) opt_compress = 1;
    else { fprintf(stderr, "replay: unknown option %s\n", argv[a]); return 2; }
  }
  if (a >= argc) { fprintf(stderr, "usage: replay [options] DIR [OUT.pdf]\n"); return 2; }
  const char *dir = argv[a], *pdf = a + 1 < argc ? argv[a + 1] : NULL;
  if (!opt_compress) setenv("CAIRO_DEBUG_PDF", "1", 1);
  char path[4096];
  snprintf(path, sizeof path, "%s/calls.txt", dir);
  FILE *in = fopen(path, "r");
  if (!in) { perror(path); return 1; }
  if (!read_log(in)) { fprintf(stderr, "replay: %s ends inside a call\n", path); return 1; }
  fclose(in);
  unsigned long written = 0;
  long pages = 0, calls = 0, glyph_total = 0;
  double start = cpu_seconds();
  cairo_status_t status = draw(dir, pdf, &written, &pages, &calls, &glyph_total);
  double seconds = cpu_seconds() - start;
  fprintf(stderr, "%ld pages, %ld glyph calls, %ld glyphs, %lu bytes, drawn in %.3f s of CPU (%.2f ms a page): %s\n",
          pages, calls, glyph_total, written, seconds, 1000 * seconds / (double)(pages ? pages : 1),
          cairo_status_to_string(status));
  return status == CAIRO_STATUS_SUCCESS ? 0 : 1;
}
