#ifndef BRIEF_PDF_TEXT_H
#define BRIEF_PDF_TEXT_H

/// The text of a PDF file, page after page (pages separated by a form
/// feed), through poppler's library. Returns a malloc'd UTF-8 string the
/// caller frees, or NULL with `*error` set to a malloc'd message. The
/// header names no glib type, so Swift never imports glib.
char *brief_pdf_text(const char *path, char **error);

#endif
