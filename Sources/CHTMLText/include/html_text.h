#ifndef BRIEF_HTML_TEXT_H
#define BRIEF_HTML_TEXT_H

#include <stddef.h>

/// An HTML page's text through libxml2's HTML parser: one line per block
/// element (a blank line after each), scripts, styles, navigation, headers,
/// footers, asides and forms left out. Returns a malloc'd UTF-8 string;
/// `*lang` receives the `<html lang>` value (malloc'd, or NULL) and
/// `*links` the page's http(s) `href`s, one per line (malloc'd, or NULL).
/// The header names no libxml2 type: libxml2's headers include ICU's, which
/// clash with Foundation's in a Swift module (docs/platform-notes.md).
char *brief_html_text(const char *data, size_t length, char **lang, char **links);

/// The text of an HTML fragment (raw HTML in a Markdown body), entities
/// decoded and attributes dropped: every element's words kept but scripts'
/// and styles', one line per block element. Returns a malloc'd UTF-8 string.
char *brief_html_fragment_text(const char *data, size_t length);

#endif
