#include "html_text.h"

#include "xml_library.h"
#include <stdlib.h>
#include <string.h>

#include "text_buffer.h"

static const char *skipped[] = {"head", "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
                                "svg", "button", "select", "template", NULL};
/// In a fragment (raw HTML inside a Markdown body) every word counts: only
/// what is never text is left out.
static const char *skippedInFragment[] = {"head", "script", "style", "template", NULL};
static const char *blocks[] = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "section", "article",
                               "main", "br", "tr", "td", "th", "dt", "dd", "figcaption", "pre", "ul", "ol", "table", "time",
                               "nav", "aside", "header", "footer", "figure", "address", "details", "summary", "hr", "caption", "dl", NULL};

static int in(const char *name, const char **list) {
    for (int i = 0; list[i]; i++) if (strcmp(name, list[i]) == 0) return 1;
    return 0;
}

/// Ends the current line: collapses its whitespace into single spaces.
static void flush(buffer *line, buffer *out) {
    int space = 0, wrote = 0;
    for (size_t i = 0; i < line->length; i++) {
        char c = line->data[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') { space = wrote; continue; }
        if (space) { brief_buffer_append(out, " ", 1); space = 0; }
        brief_buffer_append(out, &c, 1);
        wrote = 1;
    }
    if (wrote) brief_buffer_append(out, "\n\n", 2);
    line->length = 0;
    if (line->data) line->data[0] = 0;
}

/// Visits one element on the way in; returns whether to descend into it.
static int enter(xmlNodePtr node, const char **skipped, buffer *line, buffer *out, buffer *links, char **lang) {
    const brief_xml_functions *xml = brief_xml();
    const char *name = (const char *)node->name;
    if (strcmp(name, "html") == 0 && !*lang) {
        xmlChar *l = xml->xmlGetProp(node, (const xmlChar *)"lang");
        if (l) { *lang = strdup((const char *)l); xml->free(l); }
    }
    if (in(name, skipped)) return 0;
    if (strcmp(name, "a") == 0) {
        xmlChar *href = xml->xmlGetProp(node, (const xmlChar *)"href");
        if (href) {
            if (strncmp((const char *)href, "http", 4) == 0) {
                brief_buffer_append(links, (const char *)href, strlen((const char *)href));
                brief_buffer_append(links, "\n", 1);
            }
            xml->free(href);
        }
    }
    if (in(name, blocks)) flush(line, out);
    return 1;
}

/// The tree in document order without recursion (a page can nest
/// thousands of elements): down to the first child, else to the next
/// sibling, else up until a parent has one — closing block elements on
/// the way up.
static void walk(xmlNodePtr root, const char **skipped, buffer *line, buffer *out, buffer *links, char **lang) {
    xmlNodePtr node = root;
    while (node) {
        int descend = 0;
        if (node->type == XML_ELEMENT_NODE) {
            descend = enter(node, skipped, line, out, links, lang) && node->children;
            if (!descend && in((const char *)node->name, blocks) && !in((const char *)node->name, skipped)) flush(line, out);
        } else if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            if (node->content) brief_buffer_append(line, (const char *)node->content, strlen((const char *)node->content));
        }
        if (descend) { node = node->children; continue; }
        while (node && node != root && !node->next) {
            node = node->parent;
            if (node && node->type == XML_ELEMENT_NODE && in((const char *)node->name, blocks)) flush(line, out);
        }
        if (!node || node == root) break;
        node = node->next;
    }
}

static char *text(const char *data, size_t length, const char **skip, char **lang, char **links) {
    const brief_xml_functions *xml = brief_xml();
    *lang = NULL; *links = NULL;
    // HUGE lifts libxml2's nesting limit (256 elements; text deeper was
    // dropped): the walk below does not recurse, so depth costs no stack.
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | XML_PARSE_HUGE;
    htmlDocPtr doc = xml->htmlReadMemory(data, (int)length, NULL, "UTF-8", options);
    buffer out = {0}, line = {0}, found = {0};
    brief_buffer_append(&out, "", 0);
    if (doc) {
        walk(xml->xmlDocGetRootElement(doc), skip, &line, &out, &found, lang);
        flush(&line, &out);
        xml->xmlFreeDoc(doc);
    }
    free(line.data);
    *links = found.data;
    return out.data ? out.data : strdup("");
}

char *brief_html_text(const char *data, size_t length, char **lang, char **links) {
    return text(data, length, skipped, lang, links);
}

char *brief_html_fragment_text(const char *data, size_t length) {
    char *lang = NULL, *links = NULL;
    char *out = text(data, length, skippedInFragment, &lang, &links);
    free(lang);
    free(links);
    return out;
}
