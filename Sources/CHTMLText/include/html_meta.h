#ifndef BRIEF_HTML_META_H
#define BRIEF_HTML_META_H

#include <stddef.h>

/// What an HTML page says about itself, through libxml2's HTML parser: one
/// `key<TAB>value` line per item, in document order, values with their
/// whitespace collapsed (tabs and newlines become spaces). Keys:
/// `title` (the `<title>`), `h1` (every `<h1>`, wherever it stands),
/// `meta:NAME` (a `<meta>`'s `property`, `name` or `itemprop`, lowercased,
/// with its `content`), `time` (a `<time datetime>`), `header` (the text of a `<header>`),
/// `canonical` (a `<link rel=canonical>`'s address), `ld+json` (the text of a
/// `<script type="application/ld+json">`). Returns a malloc'd UTF-8 string,
/// or NULL when the page cannot be parsed. The header names no libxml2 type.
char *brief_html_meta(const char *data, size_t length);

#endif
