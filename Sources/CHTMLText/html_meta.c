#include "html_meta.h"

#include <ctype.h>
#include "xml_library.h"
#include <stdlib.h>
#include <string.h>

#include "text_buffer.h"

/// Appends `key<TAB>value<NEWLINE>`, the value's whitespace collapsed.
static void item(buffer *b, const char *key, const char *value) {
    if (!value) return;
    brief_buffer_append(b, key, strlen(key));
    brief_buffer_append(b, "\t", 1);
    int space = 0, wrote = 0;
    for (const char *p = value; *p; p++) {
        if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') { space = wrote; continue; }
        if (space) { brief_buffer_append(b, " ", 1); space = 0; }
        brief_buffer_append(b, p, 1);
        wrote = 1;
    }
    brief_buffer_append(b, "\n", 1);
}

static void item_prefixed(buffer *b, const char *prefix, const char *name, const char *value) {
    char key[128];
    size_t n = strlen(prefix);
    if (n >= sizeof key) return;
    memcpy(key, prefix, n);
    for (size_t i = 0; name[i] && n + 1 < sizeof key; i++) key[n++] = (char)tolower((unsigned char)name[i]);
    key[n] = 0;
    item(b, key, value);
}

/// Elements that set words inside a line of a header ("<b>Human Rights</b> Watch"); every other
/// element — a link, a block, a list item — is a line of its own: a logo's link and the menu beside
/// it are two lines, not one joined run ("ANISTIA INTERNACIONAL BRASILQuem somos").
static int is_inline(const char *name) {
    static const char *inline_elements[] = {"span", "b", "strong", "i", "em", "small", "sup", "sub", "abbr",
                                            "font", "u", "mark", "img", NULL};
    for (int i = 0; inline_elements[i]; i++)
        if (strcmp(name, inline_elements[i]) == 0) return 1;
    return 0;
}

/// Appends a header's text to `b`, a newline at each element that is a line of its own and
/// spaces for the newlines of the markup's own text.
static void header_text(xmlNodePtr node, buffer *b) {
    for (; node; node = node->next) {
        if (node->type == XML_TEXT_NODE && node->content) {
            for (const char *p = (const char *)node->content; *p; p++) {
                char c = (*p == '\n' || *p == '\r') ? ' ' : *p;
                brief_buffer_append(b, &c, 1);
            }
            continue;
        }
        if (node->type != XML_ELEMENT_NODE) continue;
        const char *name = (const char *)node->name;
        if (strcmp(name, "script") == 0 || strcmp(name, "style") == 0) continue;
        int line = !is_inline(name);
        if (line) brief_buffer_append(b, "\n", 1);
        header_text(node->children, b);
        if (line) brief_buffer_append(b, "\n", 1);
    }
}

/// One `header` item per line of a page's `<header>` (its masthead, tagline and menu items).
static void header_items(xmlNodePtr header, buffer *out) {
    buffer text = {0};
    brief_buffer_append(&text, "", 0);
    header_text(header->children, &text);
    if (!text.data) return;
    for (char *line = text.data; *line;) {
        char *end = strchr(line, '\n');
        if (end) *end = 0;
        for (const char *p = line; *p; p++) {
            if (*p != ' ' && *p != '\t') { item(out, "header", line); break; }
        }
        if (!end) break;
        line = end + 1;
    }
    free(text.data);
}

static void meta_walk(xmlNodePtr node, buffer *out) {
    const brief_xml_functions *xml = brief_xml();
    for (; node; node = node->next) {
        if (node->type != XML_ELEMENT_NODE) continue;
        const char *name = (const char *)node->name;
        if (strcmp(name, "title") == 0 || strcmp(name, "h1") == 0) {
            xmlChar *text = xml->xmlNodeGetContent(node);
            if (text) { item(out, name, (const char *)text); xml->free(text); }
            continue;
        }
        if (strcmp(name, "meta") == 0) {
            xmlChar *content = xml->xmlGetProp(node, (const xmlChar *)"content");
            if (content) {
                const char *attrs[] = {"property", "name", "itemprop", NULL};
                for (int i = 0; attrs[i]; i++) {
                    xmlChar *key = xml->xmlGetProp(node, (const xmlChar *)attrs[i]);
                    if (key) { item_prefixed(out, "meta:", (const char *)key, (const char *)content); xml->free(key); break; }
                }
                xml->free(content);
            }
            continue;
        }
        if (strcmp(name, "header") == 0) {
            header_items(node, out);
        }
        if (strcmp(name, "link") == 0) {
            xmlChar *rel = xml->xmlGetProp(node, (const xmlChar *)"rel");
            if (rel && strcmp((const char *)rel, "canonical") == 0) {
                xmlChar *href = xml->xmlGetProp(node, (const xmlChar *)"href");
                if (href) { item(out, "canonical", (const char *)href); xml->free(href); }
            }
            if (rel) xml->free(rel);
            continue;
        }
        if (strcmp(name, "time") == 0) {
            xmlChar *when = xml->xmlGetProp(node, (const xmlChar *)"datetime");
            if (when) { item(out, "time", (const char *)when); xml->free(when); }
        }
        if (strcmp(name, "script") == 0) {
            xmlChar *type = xml->xmlGetProp(node, (const xmlChar *)"type");
            int ld = type && strcmp((const char *)type, "application/ld+json") == 0;
            if (type) xml->free(type);
            if (ld) {
                xmlChar *text = xml->xmlNodeGetContent(node);
                if (text) { item(out, "ld+json", (const char *)text); xml->free(text); }
            }
            continue;
        }
        meta_walk(node->children, out);
    }
}

char *brief_html_meta(const char *data, size_t length) {
    const brief_xml_functions *xml = brief_xml();
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    htmlDocPtr doc = xml->htmlReadMemory(data, (int)length, NULL, "UTF-8", options);
    if (!doc) return NULL;
    buffer out = {0};
    brief_buffer_append(&out, "", 0);
    meta_walk(xml->xmlDocGetRootElement(doc), &out);
    xml->xmlFreeDoc(doc);
    return out.data;
}
