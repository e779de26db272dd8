#define _GNU_SOURCE  // mkostemp
#include "hyphen_cache.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

// A cache file: a header, then one block holding every level of the
// dictionary (libhyphen chains a second level for non-standard patterns):
// for each level its HyphenDict, its states, and after all levels the
// transitions and strings. In the file every pointer field holds the address
// its target has when the file is mapped at the header's `address` (0 stands
// for NULL). Reading maps the file there, read-only, when that range is free,
// so the pages are shared with the page cache and nothing is copied or
// written: the English block is 850 KB, and reading it into fresh memory
// took about 200 page faults per layout thread. When the range is taken, the
// block is read into memory and each pointer moved by the difference, then
// the moved block checked again as a whole (a move may change what an earlier
// check read). Either way every pointer is checked to lie inside the block,
// and every index libhyphen takes from the states (a transition's state, a
// replacement's place and length, a `nohyphen` string's length) to lie in its
// range, so a damaged file cannot make libhyphen read outside it. Files are
// replaced whole (written aside and renamed), never rewritten in place: a
// mapped file is not changed under the process reading it.

#define CACHE_MAGIC 0x59485242u  // "BRHY"
// Raised whenever the layout changes (or libhyphen's structures do).
#define CACHE_VERSION 2u

// Where cache files are meant to be mapped: a range of the 47-bit user
// address space that neither the loader (near the top), the executable (near
// 0x55…) nor mimalloc's arenas (from 2 TiB) use. Each file's address is
// chosen in it from its source's size and time, so a file is the same each
// time it is written, and differs from machine to machine.
#define MAP_RANGE_START ((uint64_t)32 << 40)
#define MAP_RANGE_SIZE ((uint64_t)32 << 40)

typedef struct {
    uint32_t magic, version;
    uint32_t pointer_size, dict_size, state_size, trans_size;  // this build's structures
    uint64_t source_size;       // of the .dic the block was built from
    int64_t source_seconds;     // its modification time
    int64_t source_nanoseconds;
    uint64_t block_size;
    uint64_t checksum;          // of the block (block_checksum)
    uint64_t address;           // where the file's first byte is meant to be mapped
} cache_header;

struct bh_dictionary {
    HyphenDict *states;
    void *block;      // the cache's block holding `states` (read into memory), or NULL
    void *mapping;    // the cache file mapped where it was written, or NULL
    size_t mapping_size;
};

// A damaged block whose offsets still lie inside it would hyphenate
// wrongly rather than crash: the checksum catches it.
static uint64_t block_checksum(const char *block, uint64_t size) {
    uint64_t h = 0x9E3779B97F4A7C15u;
    uint64_t word;
    for (uint64_t i = 0; i + 8 <= size; i += 8) {
        memcpy(&word, block + i, 8);
        h = (h ^ word) * 0x100000001B3u;
    }
    return h ^ size;  // the block's size is a multiple of 8 (align8)
}

// MARK: Writing

typedef struct {
    char *base;
    size_t used, size;
    uint64_t address;  // the block's address once the file is mapped
} block_builder;

static size_t align8(size_t n) { return (n + 7) & ~(size_t)7; }

// Reserves `n` bytes (8-aligned) in the block; returns their offset.
static size_t reserve(block_builder *b, size_t n) {
    size_t at = b->used;
    b->used += align8(n);
    return at;
}

static size_t nohyphen_length(const HyphenDict *d) {
    if (!d->nohyphen) return 0;
    size_t n = 0;
    for (int i = 0; i <= d->nohyphenl; i++) n += strlen(d->nohyphen + n) + 1;
    return n;
}

// A pointer field as the file stores it: the address `offset` has in the mapped block.
static void *stored_pointer(const block_builder *b, size_t offset) { return (void *)(uintptr_t)(b->address + offset); }

// Lays out (b->base NULL: only measures) the levels from `d` on.
static void lay_out(const HyphenDict *top, block_builder *b) {
    size_t level_at[64];
    int levels = 0;
    for (const HyphenDict *d = top; d && levels < 64; d = d->nextlevel) {
        level_at[levels++] = reserve(b, sizeof(HyphenDict));
        reserve(b, sizeof(HyphenState) * (size_t)d->num_states);
    }
    int i = 0;
    for (const HyphenDict *d = top; d && i < levels; d = d->nextlevel, i++) {
        size_t dict_at = level_at[i], states_at = dict_at + align8(sizeof(HyphenDict));
        HyphenDict *copy = b->base ? (HyphenDict *)(b->base + dict_at) : NULL;
        if (copy) {  // field by field: the block is zeroed, so its padding is too (the same file every time)
            copy->lhmin = d->lhmin;
            copy->rhmin = d->rhmin;
            copy->clhmin = d->clhmin;
            copy->crhmin = d->crhmin;
            copy->nohyphenl = d->nohyphenl;
            copy->num_states = d->num_states;
            memcpy(copy->cset, d->cset, strnlen(d->cset, sizeof copy->cset));  // not the bytes after its end
            copy->utf8 = d->utf8;
            copy->states = d->num_states > 0 ? stored_pointer(b, states_at) : NULL;
            copy->nextlevel = i + 1 < levels ? stored_pointer(b, level_at[i + 1]) : NULL;
        }
        size_t nohyphen = nohyphen_length(d);
        if (nohyphen) {
            size_t at = reserve(b, nohyphen);
            if (copy) {
                memcpy(b->base + at, d->nohyphen, nohyphen);
                copy->nohyphen = stored_pointer(b, at);
            }
        }
        for (int s = 0; s < d->num_states; s++) {
            const HyphenState *state = &d->states[s];
            HyphenState *out = copy ? (HyphenState *)(b->base + states_at) + s : NULL;
            if (out) {
                // libhyphen leaves these unset on a state without a replacement, and reads them only with one.
                out->replindex = state->repl ? state->replindex : 0;
                out->replcut = state->repl ? state->replcut : 0;
                out->fallback_state = state->fallback_state;
                out->num_trans = state->num_trans;
            }
            if (state->match) {
                size_t n = strlen(state->match) + 1, at = reserve(b, n);
                if (out) { memcpy(b->base + at, state->match, n); out->match = stored_pointer(b, at); }
            }
            if (state->repl) {
                size_t n = strlen(state->repl) + 1, at = reserve(b, n);
                if (out) { memcpy(b->base + at, state->repl, n); out->repl = stored_pointer(b, at); }
            }
            if (state->trans && state->num_trans > 0) {
                size_t n = sizeof(HyphenTrans) * (size_t)state->num_trans, at = reserve(b, n);
                if (out) {
                    HyphenTrans *trans = (HyphenTrans *)(b->base + at);
                    for (int t = 0; t < state->num_trans; t++) {
                        trans[t].ch = state->trans[t].ch;
                        trans[t].new_state = state->trans[t].new_state;
                    }
                    out->trans = stored_pointer(b, at);
                }
            }
        }
    }
}

// The address a cache of `source` is written for: in the range above, page-aligned.
static uint64_t map_address(const struct stat *source) {
    uint64_t h = 0xCBF29CE484222325u;  // FNV-1a over the source's size and time
    uint64_t words[3] = {(uint64_t)source->st_size, (uint64_t)source->st_mtim.tv_sec,
                         (uint64_t)source->st_mtim.tv_nsec};
    const unsigned char *bytes = (const unsigned char *)words;
    for (size_t i = 0; i < sizeof words; i++) h = (h ^ bytes[i]) * 0x100000001B3u;
    uint64_t pages = MAP_RANGE_SIZE / 4096 - 4096;  // room for a 16 MB file at the top
    return MAP_RANGE_START + (h % pages) * 4096;
}

static void write_cache(const HyphenDict *dict, const struct stat *source, const char *cache_path) {
    uint64_t address = map_address(source);
    block_builder measure = {NULL, 0, 0, 0};
    lay_out(dict, &measure);
    block_builder b = {calloc(1, measure.used ? measure.used : 1), 0, measure.used,
                       address + sizeof(cache_header)};
    if (!b.base) return;
    lay_out(dict, &b);
    cache_header h = {CACHE_MAGIC, CACHE_VERSION, sizeof(void *), sizeof(HyphenDict), sizeof(HyphenState),
                      sizeof(HyphenTrans), (uint64_t)source->st_size, (int64_t)source->st_mtim.tv_sec,
                      (int64_t)source->st_mtim.tv_nsec, (uint64_t)b.used, block_checksum(b.base, b.used),
                      address};
    // Written aside under a name of its own (threads of one process may write at once) and renamed:
    // a reader (another brief at the same time) sees the whole file or none.
    char temporary[PATH_MAX + 32];
    snprintf(temporary, sizeof temporary, "%s.XXXXXX", cache_path);
    int fd = mkostemp(temporary, O_CLOEXEC);
    if (fd >= 0) {
        fchmod(fd, 0644);
        int ok = write(fd, &h, sizeof h) == (ssize_t)sizeof h && write(fd, b.base, b.used) == (ssize_t)b.used;
        ok = close(fd) == 0 && ok;
        if (!ok || rename(temporary, cache_path) != 0) unlink(temporary);
    }
    free(b.base);
}

// MARK: Reading

// The block as read: where it lies now, and where the file says it lies when mapped.
typedef struct {
    char *base;
    uint64_t size;
    uintptr_t written_at;  // the block's address in the file's pointers
} block_view;

// Checks that a pointer field, if not NULL, points at `length` bytes inside the
// block, and moves it to where the block lies now (a no-op when mapped in place).
static int resolve(void **field, const block_view *v, uint64_t length) {
    uintptr_t stored = (uintptr_t)*field;
    if (stored == 0) return 1;
    if (stored < v->written_at) return 0;
    uint64_t offset = stored - v->written_at;
    if (offset > v->size || length > v->size - offset) return 0;
    void *moved = v->base + offset;
    if (*field != moved) *field = moved;  // never written when the file is mapped where it was meant to be
    return 1;
}

static int resolve_string(char **field, const block_view *v) {
    if (!resolve((void **)field, v, 1)) return 0;
    return *field == NULL || memchr(*field, 0, (size_t)(v->base + v->size - *field)) != NULL;
}

static HyphenDict *restore(const block_view *v) {
    char *base = v->base;
    uint64_t size = v->size;
    void *top = (void *)v->written_at;  // the first level sits at the block's start
    if (!resolve(&top, v, sizeof(HyphenDict))) return NULL;
    for (HyphenDict *d = top; d; d = d->nextlevel) {
        if (d->num_states < 0 || d->nohyphenl < 0) return NULL;
        if (!resolve((void **)&d->states, v, sizeof(HyphenState) * (uint64_t)d->num_states)) return NULL;
        if (d->num_states > 0 && !d->states) return NULL;
        if (d->nohyphen) {
            if (!resolve_string(&d->nohyphen, v)) return NULL;
            char *p = d->nohyphen;
            // nohyphenl + 1 strings, one after another, none empty (libhyphen searches for each).
            for (int i = 0; i <= d->nohyphenl; i++) {
                if (i > 0) {
                    p += strlen(p) + 1;
                    if (p >= base + size || !memchr(p, 0, (size_t)(base + size - p))) return NULL;
                }
                if (*p == 0) return NULL;
            }
        }
        for (int s = 0; s < d->num_states; s++) {
            HyphenState *state = &d->states[s];
            if (!resolve_string(&state->match, v) || !resolve_string(&state->repl, v)) return NULL;
            // A replacement's place lies inside its match, and its length moves libhyphen on.
            if (state->repl
                && (!state->match || state->replindex < 0 || (size_t)state->replindex >= strlen(state->match)
                    || state->replcut < 1))
                return NULL;
            if (state->num_trans < 0 || state->fallback_state < -1 || state->fallback_state >= d->num_states)
                return NULL;
            if (!resolve((void **)&state->trans, v, sizeof(HyphenTrans) * (uint64_t)state->num_trans))
                return NULL;
            if (state->num_trans > 0 && !state->trans) return NULL;
            for (int t = 0; t < state->num_trans; t++) {
                if (state->trans[t].new_state < 0 || state->trans[t].new_state >= d->num_states) return NULL;
            }
        }
        if (d->nextlevel && !resolve((void **)&d->nextlevel, v, sizeof(HyphenDict))) return NULL;
        // A chain that loops back cannot come from lay_out: levels only go forward.
        if (d->nextlevel && (char *)d->nextlevel <= (char *)d) return NULL;
    }
    return top;
}

static bh_dictionary *read_cache(const struct stat *source, const char *cache_path) {
    int fd = open(cache_path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return NULL;
    cache_header h;
    bh_dictionary *result = NULL;
    char *block = NULL;
    void *mapping = MAP_FAILED;
    size_t file_size = 0;
    struct stat st;
    if (fstat(fd, &st) != 0 || read(fd, &h, sizeof h) != (ssize_t)sizeof h) goto done;
    if (h.magic != CACHE_MAGIC || h.version != CACHE_VERSION || h.pointer_size != sizeof(void *)
        || h.dict_size != sizeof(HyphenDict) || h.state_size != sizeof(HyphenState)
        || h.trans_size != sizeof(HyphenTrans) || h.source_size != (uint64_t)source->st_size
        || h.source_seconds != (int64_t)source->st_mtim.tv_sec
        || h.source_nanoseconds != (int64_t)source->st_mtim.tv_nsec
        || h.block_size != (uint64_t)st.st_size - sizeof h || h.block_size < sizeof(HyphenDict)
        || h.address % 4096 != 0 || h.address < MAP_RANGE_START
        || h.address > MAP_RANGE_START + MAP_RANGE_SIZE - (uint64_t)st.st_size)
        goto done;
    file_size = (size_t)st.st_size;
    block_view view = {NULL, h.block_size, (uintptr_t)h.address + sizeof h};
    // Never replaces a mapping: a range already in use fails (or, on a kernel
    // older than 4.17, is taken as a hint and lands elsewhere).
    mapping = mmap((void *)(uintptr_t)h.address, file_size, PROT_READ, MAP_PRIVATE | MAP_FIXED_NOREPLACE, fd, 0);
    if (mapping != MAP_FAILED && mapping != (void *)(uintptr_t)h.address) {
        munmap(mapping, file_size);
        mapping = MAP_FAILED;
    }
    if (mapping != MAP_FAILED) {
        view.base = (char *)mapping + sizeof h;
    } else {
        block = malloc(h.block_size);
        if (!block || read(fd, block, h.block_size) != (ssize_t)h.block_size) goto done;
        view.base = block;
    }
    if (block_checksum(view.base, h.block_size) != h.checksum) goto done;
    HyphenDict *states = restore(&view);
    if (states && mapping == MAP_FAILED) {
        // The pointers moved, checked again where they now point, with nothing left to move.
        block_view moved = {view.base, view.size, (uintptr_t)view.base};
        states = restore(&moved);
    }
    if (!states || !(result = malloc(sizeof *result))) goto done;
    result->states = states;
    result->block = block;
    result->mapping = mapping != MAP_FAILED ? mapping : NULL;
    result->mapping_size = file_size;
    block = NULL;
    mapping = MAP_FAILED;
done:
    free(block);
    if (mapping != MAP_FAILED) munmap(mapping, file_size);
    close(fd);
    return result;
}

// MARK: Loading

static void make_directory(const char *path) {
    char partial[PATH_MAX];
    snprintf(partial, sizeof partial, "%s", path);
    for (char *p = partial + 1; *p; p++) {
        if (*p != '/') continue;
        *p = '\0';
        mkdir(partial, 0755);
        *p = '/';
    }
    mkdir(partial, 0755);
}

bh_dictionary *bh_load(const char *path, const char *cache_directory) {
    struct stat source;
    if (stat(path, &source) != 0) return NULL;
    char cache_path[PATH_MAX];
    int cached = 0;
    if (cache_directory && *cache_directory) {
        const char *name = strrchr(path, '/');
        name = name ? name + 1 : path;
        cached = snprintf(cache_path, sizeof cache_path, "%s/%s.parsed", cache_directory, name)
                 < (int)sizeof cache_path;
    }
    if (cached) {
        bh_dictionary *d = read_cache(&source, cache_path);
        if (d) return d;
    }
    HyphenDict *parsed = hnj_hyphen_load(path);
    if (!parsed) return NULL;
    bh_dictionary *d = malloc(sizeof *d);
    if (!d) {
        hnj_hyphen_free(parsed);
        return NULL;
    }
    d->states = parsed;
    d->block = NULL;
    d->mapping = NULL;
    d->mapping_size = 0;
    if (cached) {
        make_directory(cache_directory);
        write_cache(parsed, &source, cache_path);
    }
    return d;
}

HyphenDict *bh_states(bh_dictionary *dictionary) { return dictionary->states; }

int bh_from_cache(const bh_dictionary *dictionary) { return dictionary->block || dictionary->mapping; }

int bh_mapped(const bh_dictionary *dictionary) { return dictionary->mapping != NULL; }

void bh_free(bh_dictionary *dictionary) {
    if (!dictionary) return;
    if (dictionary->mapping) munmap(dictionary->mapping, dictionary->mapping_size);
    else if (dictionary->block) free(dictionary->block);
    else hnj_hyphen_free(dictionary->states);
    free(dictionary);
}
