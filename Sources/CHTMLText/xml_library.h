#ifndef BRIEF_XML_LIBRARY_H
#define BRIEF_XML_LIBRARY_H

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

/// The libxml2 functions the HTML readers call, found in the library when
/// HTML is first read (`brief_xml`): most runs of brief read none (a brief
/// of Markdown documents, `--version`), and linking libxml2 cost every run
/// its loading, with liblzma's, at start-up (docs/benchmarks.md). Each
/// pointer has the type of the header's declaration, so a call is checked
/// against libxml2's own prototype.
typedef struct {
    __typeof__(htmlReadMemory) *htmlReadMemory;
    __typeof__(xmlDocGetRootElement) *xmlDocGetRootElement;
    __typeof__(xmlFreeDoc) *xmlFreeDoc;
    __typeof__(xmlGetProp) *xmlGetProp;
    __typeof__(xmlNodeGetContent) *xmlNodeGetContent;
    xmlFreeFunc free;  // libxml2's deallocator (its variable xmlFree, read once the library is loaded)
} brief_xml_functions;

/// libxml2's functions, the library loaded and its parser initialised on
/// the first call (once, whichever thread calls first). A brief that cannot
/// load libxml2 could not have started when it was linked: so it reports
/// why and exits here, as the loader reported the missing library then.
const brief_xml_functions *brief_xml(void);

#endif
