#include "xml_library.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static brief_xml_functions functions;
static pthread_once_t loaded = PTHREAD_ONCE_INIT;

static void fail(const char *why) {
    fprintf(stderr, "error: reading HTML needs libxml2 (Debian: apt-get install libxml2): %s\n", why);
    exit(EXIT_FAILURE);
}

static void load(void) {
    // libxml2.so.2 up to 2.13; 2.14 renamed the library libxml2.so.16 (the structures brief reads are unchanged).
    static const char *names[] = {"libxml2.so.2", "libxml2.so.16", "libxml2.so"};
    void *lib = NULL;
    for (size_t i = 0; i < sizeof names / sizeof *names && !lib; i++) lib = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (!lib) fail(dlerror());
    *(void **)&functions.htmlReadMemory = dlsym(lib, "htmlReadMemory");
    *(void **)&functions.xmlDocGetRootElement = dlsym(lib, "xmlDocGetRootElement");
    *(void **)&functions.xmlFreeDoc = dlsym(lib, "xmlFreeDoc");
    *(void **)&functions.xmlGetProp = dlsym(lib, "xmlGetProp");
    *(void **)&functions.xmlNodeGetContent = dlsym(lib, "xmlNodeGetContent");
    xmlFreeFunc *deallocator = dlsym(lib, "xmlFree");
    void (*initialise)(void) = (void (*)(void))dlsym(lib, "xmlInitParser");
    if (!functions.htmlReadMemory || !functions.xmlDocGetRootElement || !functions.xmlFreeDoc || !functions.xmlGetProp
        || !functions.xmlNodeGetContent || !deallocator || !*deallocator || !initialise)
        fail("the installed libxml2 lacks a function brief needs");
    functions.free = *deallocator;
    // Once, here, rather than by whichever parse comes first (threads read corpus files at once).
    initialise();
}

const brief_xml_functions *brief_xml(void) {
    pthread_once(&loaded, load);
    return &functions;
}
