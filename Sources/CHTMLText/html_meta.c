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
            xmlChar *text = xml->xmlNodeGetContent(node);
            if (text) { item(out, "header", (const char *)text); xml->free(text); }
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
