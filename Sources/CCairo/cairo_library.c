#include "cairo_library.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>

// Every cairo function brief calls, as (return type, name, parameters, arguments).
// A function missing here fails to link, so the list cannot fall behind the callers.
#define VALUE_FUNCTIONS(F)                                                                                   \
    F(cairo_t *, cairo_create, (cairo_surface_t * target), (target))                                         \
    F(cairo_surface_t *, cairo_image_surface_create, (cairo_format_t format, int width, int height),        \
      (format, width, height))                                                                               \
    F(cairo_status_t, cairo_surface_write_to_png, (cairo_surface_t * surface, const char *filename),        \
      (surface, filename))                                                                                   \
    F(const char *, cairo_status_to_string, (cairo_status_t status), (status))                               \
    F(cairo_font_options_t *, cairo_font_options_create, (void), ())                                         \
    F(cairo_font_face_t *, cairo_ft_font_face_create_for_ft_face, (FT_Face face, int load_flags),           \
      (face, load_flags))                                                                                    \
    F(cairo_status_t, cairo_font_face_status, (cairo_font_face_t * font_face), (font_face))                  \
    F(cairo_scaled_font_t *, cairo_scaled_font_create,                                                       \
      (cairo_font_face_t * font_face, const cairo_matrix_t *font_matrix, const cairo_matrix_t *ctm,          \
       const cairo_font_options_t *options),                                                                 \
      (font_face, font_matrix, ctm, options))                                                                \
    F(cairo_status_t, cairo_scaled_font_status, (cairo_scaled_font_t * scaled_font), (scaled_font))

#define VOID_FUNCTIONS(F)                                                                                    \
    F(cairo_destroy, (cairo_t * cr), (cr))                                                                   \
    F(cairo_surface_destroy, (cairo_surface_t * surface), (surface))                                         \
    F(cairo_paint, (cairo_t * cr), (cr))                                                                     \
    F(cairo_scale, (cairo_t * cr, double sx, double sy), (cr, sx, sy))                                       \
    F(cairo_set_source_rgb, (cairo_t * cr, double red, double green, double blue), (cr, red, green, blue))   \
    F(cairo_set_source_rgba, (cairo_t * cr, double red, double green, double blue, double alpha),           \
      (cr, red, green, blue, alpha))                                                                         \
    F(cairo_new_path, (cairo_t * cr), (cr))                                                                  \
    F(cairo_move_to, (cairo_t * cr, double x, double y), (cr, x, y))                                         \
    F(cairo_line_to, (cairo_t * cr, double x, double y), (cr, x, y))                                         \
    F(cairo_curve_to, (cairo_t * cr, double x1, double y1, double x2, double y2, double x3, double y3),     \
      (cr, x1, y1, x2, y2, x3, y3))                                                                          \
    F(cairo_close_path, (cairo_t * cr), (cr))                                                                \
    F(cairo_fill, (cairo_t * cr), (cr))                                                                      \
    F(cairo_stroke, (cairo_t * cr), (cr))                                                                    \
    F(cairo_set_line_width, (cairo_t * cr, double width), (cr, width))                                       \
    F(cairo_set_dash, (cairo_t * cr, const double *dashes, int num_dashes, double offset),                   \
      (cr, dashes, num_dashes, offset))                                                                      \
    F(cairo_set_scaled_font, (cairo_t * cr, const cairo_scaled_font_t *scaled_font), (cr, scaled_font))      \
    F(cairo_show_glyphs, (cairo_t * cr, const cairo_glyph_t *glyphs, int num_glyphs), (cr, glyphs, num_glyphs)) \
    F(cairo_font_options_destroy, (cairo_font_options_t * options), (options))                               \
    F(cairo_font_options_set_hint_metrics, (cairo_font_options_t * options, cairo_hint_metrics_t hint_metrics), \
      (options, hint_metrics))                                                                               \
    F(cairo_font_options_set_hint_style, (cairo_font_options_t * options, cairo_hint_style_t hint_style),    \
      (options, hint_style))                                                                                 \
    F(cairo_scaled_font_destroy, (cairo_scaled_font_t * scaled_font), (scaled_font))                         \
    F(cairo_matrix_init_identity, (cairo_matrix_t * matrix), (matrix))                                       \
    F(cairo_matrix_init_scale, (cairo_matrix_t * matrix, double sx, double sy), (matrix, sx, sy))

#define POINTER_OF_VALUE(type, name, params, args) type(*name) params;
#define POINTER_OF_VOID(name, params, args) void(*name) params;
static struct {
    VALUE_FUNCTIONS(POINTER_OF_VALUE)
    VOID_FUNCTIONS(POINTER_OF_VOID)
} cairo;

static const char *failure; // why the library could not be used, or NULL
static pthread_once_t loaded = PTHREAD_ONCE_INIT;

static void load(void) {
    static const char *names[] = {"libcairo.so.2", "libcairo.so"};
    void *lib = NULL;
    for (size_t i = 0; i < sizeof names / sizeof *names && !lib; i++) lib = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        failure = "drawing PNG previews needs the cairo library (Debian: apt-get install libcairo2)";
        return;
    }
#define LOOK_UP_VALUE(type, name, params, args)                                                              \
    *(void **)&cairo.name = dlsym(lib, #name);                                                               \
    if (!cairo.name) failure = "the installed cairo library lacks " #name " (cairo 1.16 or later expected)";
#define LOOK_UP_VOID(name, params, args) LOOK_UP_VALUE(void, name, params, args)
    VALUE_FUNCTIONS(LOOK_UP_VALUE)
    VOID_FUNCTIONS(LOOK_UP_VOID)
}

const char *brief_cairo_load(void) {
    pthread_once(&loaded, load);
    return failure;
}

// The functions themselves: each assumes brief_cairo_load succeeded, as its callers check.
#define FORWARD_VALUE(type, name, params, args)                                                              \
    type name params { return cairo.name args; }
#define FORWARD_VOID(name, params, args)                                                                     \
    void name params { cairo.name args; }
VALUE_FUNCTIONS(FORWARD_VALUE)
VOID_FUNCTIONS(FORWARD_VOID)
