#ifndef BRIEF_HYPHEN_CACHE_H
#define BRIEF_HYPHEN_CACHE_H

/* libhyphen's dictionaries, loaded through a cache of their parsed form.
 *
 * hnj_hyphen_load parses a .dic file of TeX patterns into a state machine
 * with one allocation per state and a hash table on the way, which takes
 * longer than the rest of a small brief's layout (docs/benchmarks.md). The
 * machine it builds is written once to a cache
 * file (one block, its pointers set for the address the file is meant to be
 * mapped at) and later mapped there read-only, or read and its pointers
 * moved when that address is taken, so every later run hyphenates with the
 * very same states. A cache file names
 * the size and modification time of the .dic it was built from and is
 * rebuilt when they change; one that is unreadable, truncated, fails its
 * checksum or points outside itself is ignored and rewritten. */

#include <hyphen.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct bh_dictionary bh_dictionary;

/* Loads the patterns at `path`; `cache_directory` (created if missing; NULL
 * for no cache) holds the parsed form. NULL if the .dic cannot be read. */
bh_dictionary *bh_load(const char *path, const char *cache_directory);

/* The state machine, for hnj_hyphen_hyphenate2. */
HyphenDict *bh_states(bh_dictionary *dictionary);

/* Whether `dictionary` came from the cache (for tests). */
int bh_from_cache(const bh_dictionary *dictionary);

/* Whether `dictionary` is the cache file mapped where it was written, not a copy (for tests). */
int bh_mapped(const bh_dictionary *dictionary);

void bh_free(bh_dictionary *dictionary);

#ifdef __cplusplus
}
#endif

#endif
