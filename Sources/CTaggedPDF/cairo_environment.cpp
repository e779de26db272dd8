// The one environment variable the tagging step needs, set once, before any
// thread exists (tagged_pdf.h).
//
// cairo compresses every content stream unless CAIRO_DEBUG_PDF is set when
// a PDF surface is created (cairo 1.16 asks only whether it is set, in
// _cairo_pdf_surface_create_for_stream_internal). The tagging step edits
// each page's content (its decoration's mark becomes /Artifact) and
// compresses every stream once, itself; compressed by cairo, each would
// have to be inflated first.
//
// setenv while another thread reads the environment (cairo's getenv,
// fontconfig's, Foundation's) is a data race in glibc: it may move the
// array the reader walks. So it is set here, by a constructor that runs as
// the program (or test bundle) is loaded, before main and before any
// thread: `brief batch --mode threads` renders on several threads, and the
// test suites run in parallel. A value already set is kept.
//
// Moving the environment has one more reader: a Swift program linked with
// the static standard library (`--static-swift-stdlib`, as scripts/install
// builds brief) finds its command-line arguments next to the environment
// the first time it asks for them. After setenv has moved that array it
// finds none, and `brief generate …` runs as plain `brief` (seen: help,
// exit 0). So the constructor, which glibc hands argc and argv, gives them
// to the Swift runtime first. The runtime's hook is declared weak: a
// program without Swift (a C test) simply has none.
#include "tagged_pdf.h"

#include <cstdlib>

extern "C" void _swift_stdlib_overrideUnsafeArgvArgc(char **argv, int argc) __attribute__((weak));

namespace {
__attribute__((constructor)) void askCairoForPlainContents(int argc, char **argv, char **) {
  if (_swift_stdlib_overrideUnsafeArgvArgc != nullptr) _swift_stdlib_overrideUnsafeArgvArgc(argv, argc);
  setenv("CAIRO_DEBUG_PDF", "1", 0);
}
}  // namespace

extern "C" int tp_cairo_contents_plain(void) { return std::getenv("CAIRO_DEBUG_PDF") != nullptr; }
