#include "html_text.h"

#include "xml_library.h"
#include <stdio.h>
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

/// What the walk carries: the line being gathered, the text so far, the
/// links, the page's language, and a list item's marker not yet written
/// (written before the item's first word, so that an item whose text sits
/// in a paragraph of its own keeps it). Markers are written for pages only:
/// a list's items are the asks under a lead-in, and the marker tells where
/// the list ends; a fragment's words are counted, not read as a page.
typedef struct {
    const char **skipped;
    int markItems;
    buffer line, out, links;
    char *lang;
    char marker[16];
} walk_state;

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

/// The highest number an ordered item is written with: the ask finder reads
/// a marker of at most two digits (`ListItem.strip`); an item numbered
/// beyond it is marked "- ", still an item.
#define LAST_ITEM_NUMBER 99

/// The marker of a list item: "- " in an unordered list, "N. " in an
/// ordered one (N counting the item among its list's items, from the
/// list's `start`; a `start` that is no number from 1 to LAST_ITEM_NUMBER
/// counts from 1, as browsers do with one they cannot read).
static void listMarker(xmlNodePtr item, char *marker, size_t size) {
    xmlNodePtr list = item->parent;
    if (!list || list->type != XML_ELEMENT_NODE || strcmp((const char *)list->name, "ol") != 0) {
        snprintf(marker, size, "- ");
        return;
    }
    long n = 1;
    xmlChar *start = brief_xml()->xmlGetProp(list, (const xmlChar *)"start");
    if (start) {
        char *end = NULL;
        long value = strtol((const char *)start, &end, 10);
        if (end != (char *)start && value >= 1 && value <= LAST_ITEM_NUMBER) n = value;
        brief_xml()->free(start);
    }
    // Counted up to the last number written, so that a list of many items costs no more per item.
    for (xmlNodePtr p = item->prev; p && n <= LAST_ITEM_NUMBER; p = p->prev)
        if (p->type == XML_ELEMENT_NODE && strcmp((const char *)p->name, "li") == 0) n++;
    if (n > LAST_ITEM_NUMBER) snprintf(marker, size, "- ");
    else snprintf(marker, size, "%ld. ", n);
}

/// Whether a text holds a word: a byte that is neither ASCII whitespace nor
/// part of a no-break space (U+00A0, C2 A0 in UTF-8).
static int holdsAWord(const char *text, size_t n) {
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') continue;
        if (c == 0xC2 && i + 1 < n && (unsigned char)text[i + 1] == 0xA0) { i++; continue; }
        return 1;
    }
    return 0;
}

/// Adds a text node's words to the line, after a pending list marker.
static void addText(walk_state *st, const char *text) {
    size_t n = strlen(text);
    if (st->marker[0]) {
        if (!holdsAWord(text, n)) return;
        brief_buffer_append(&st->line, st->marker, strlen(st->marker));
        st->marker[0] = 0;
    }
    brief_buffer_append(&st->line, text, n);
}

/// Whether an element is an article's own head: a `header` inside an `article`
/// ("<article><header><h1>Headline</h1>…"), which holds the headline, its deck
/// and byline, where a page's `header` holds the site's name and menu.
static int isArticleHeader(xmlNodePtr node) {
    if (strcmp((const char *)node->name, "header") != 0) return 0;
    for (xmlNodePtr p = node->parent; p; p = p->parent)
        if (p->type == XML_ELEMENT_NODE && strcmp((const char *)p->name, "article") == 0) return 1;
    return 0;
}

/// Visits one element on the way in; returns whether to descend into it.
static int enter(xmlNodePtr node, walk_state *st) {
    const brief_xml_functions *xml = brief_xml();
    const char *name = (const char *)node->name;
    buffer *links = &st->links;
    if (strcmp(name, "html") == 0 && !st->lang) {
        xmlChar *l = xml->xmlGetProp(node, (const xmlChar *)"lang");
        if (l) { st->lang = strdup((const char *)l); xml->free(l); }
    }
    if (in(name, st->skipped) && !(st->skipped == skipped && isArticleHeader(node))) return 0;
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
    if (in(name, blocks)) flush(&st->line, &st->out);
    if (st->markItems && strcmp(name, "li") == 0) listMarker(node, st->marker, sizeof st->marker);
    return 1;
}

/// The tree in document order without recursion (a page can nest
/// thousands of elements): down to the first child, else to the next
/// sibling, else up until a parent has one — closing block elements on
/// the way up.
static void walk(xmlNodePtr root, walk_state *st) {
    xmlNodePtr node = root;
    while (node) {
        int descend = 0;
        if (node->type == XML_ELEMENT_NODE) {
            descend = enter(node, st) && node->children;
            if (!descend && in((const char *)node->name, blocks) && !in((const char *)node->name, st->skipped))
                flush(&st->line, &st->out);
            // An item with nothing in it ("<li></li>") writes no marker, and leaves none for the next block.
            if (!descend && strcmp((const char *)node->name, "li") == 0) st->marker[0] = 0;
        } else if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            if (node->content) addText(st, (const char *)node->content);
        }
        if (descend) { node = node->children; continue; }
        while (node && node != root && !node->next) {
            node = node->parent;
            if (node && node->type == XML_ELEMENT_NODE && in((const char *)node->name, blocks)) {
                flush(&st->line, &st->out);
                // An item with no words writes no marker, and its marker is not the next block's.
                if (strcmp((const char *)node->name, "li") == 0) st->marker[0] = 0;
            }
        }
        if (!node || node == root) break;
        node = node->next;
    }
}

static char *text(const char *data, size_t length, const char **skip, int markItems, char **lang, char **links) {
    const brief_xml_functions *xml = brief_xml();
    *lang = NULL; *links = NULL;
    // HUGE lifts libxml2's nesting limit (256 elements; text deeper was
    // dropped): the walk below does not recurse, so depth costs no stack.
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | XML_PARSE_HUGE;
    htmlDocPtr doc = xml->htmlReadMemory(data, (int)length, NULL, "UTF-8", options);
    walk_state st = {.skipped = skip, .markItems = markItems};
    brief_buffer_append(&st.out, "", 0);
    if (doc) {
        walk(xml->xmlDocGetRootElement(doc), &st);
        flush(&st.line, &st.out);
        xml->xmlFreeDoc(doc);
    }
    free(st.line.data);
    *links = st.links.data;
    *lang = st.lang;
    return st.out.data ? st.out.data : strdup("");
}

char *brief_html_text(const char *data, size_t length, char **lang, char **links) {
    return text(data, length, skipped, 1, lang, links);
}

char *brief_html_fragment_text(const char *data, size_t length) {
    char *lang = NULL, *links = NULL;
    char *out = text(data, length, skippedInFragment, 0, &lang, &links);
    free(lang);
    free(links);
    return out;
}
