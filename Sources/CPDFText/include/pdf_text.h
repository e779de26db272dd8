#ifndef BRIEF_PDF_TEXT_H
#define BRIEF_PDF_TEXT_H

#include <stddef.h>

/// The text of a PDF file, page after page (pages separated by a form
/// feed), through poppler's library. Returns a malloc'd UTF-8 string the
/// caller frees, or NULL with `*error` set to a malloc'd message. The
/// header names no glib type, so Swift never imports glib.
///
/// `*sizes` receives a malloc'd array (the caller frees it) of `*lines`
/// type sizes in points: for each line of the text with every form feed
/// read as a blank line ("\n\n"), the size at least two thirds of its
/// characters are set in, 0 for a line without text or of mixed sizes. A
/// headline is set larger than the text.
char *brief_pdf_text(const char *path, char **error, double **sizes, size_t *lines);

#endif
