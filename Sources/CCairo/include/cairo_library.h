#ifndef BRIEF_CAIRO_LIBRARY_H
#define BRIEF_CAIRO_LIBRARY_H

// cairo's types and the functions brief calls, from cairo's own headers. brief does not
// link libcairo: cairo only draws PNG previews, and loading it with its fourteen
// libraries (pixman, fontconfig, libpng, the X11 and XCB client libraries…) cost every
// run about a millisecond at start. cairo_library.c defines each function brief calls,
// under cairo's name, as a call through a pointer looked up in libcairo when the first
// preview is drawn (the pattern of Implib.so's lazy-loading stubs).
#include <cairo/cairo.h>
#include <cairo/cairo-ft.h>

/// Loads libcairo once (later calls return at once). Returns NULL when every function
/// brief calls was found, else why not, in a sentence naming the package to install.
/// Call it before any cairo function: without the library they have nothing to call.
const char *brief_cairo_load(void);

#endif
