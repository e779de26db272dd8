// The libraries every other library looks symbols up in (libstdc++, libgcc_s, libc) come first in the
// executable's list of needed libraries, so that the dynamic loader, searching its libraries in that
// order for each of the ~3,760 symbols the libraries import at start-up (1,736 of them libstdc++'s
// lookups), finds them at once instead of after cairo's, HarfBuzz's and their dependencies'
// tables: 0.7 million instructions of `brief --version`'s 7.5 million (docs/benchmarks.md, session 13).
// Each symbol still resolves to the same library as before (`LD_DEBUG=bindings`), but for frexp and modf,
// which glibc exports from both libc and libm, and the allocator's.
//
// mimalloc comes first of all: its malloc, free and the rest take the place of glibc's for the whole
// process, cairo, HarfBuzz and the Swift runtime included. The layout thread allocates and frees small
// objects by the million, where glibc's allocator spends a tenth of the large summary's time in
// consolidation and locking (docs/benchmarks.md, "The allocator").
//
// How: the linker lists a library as needed where it first meets it, and SwiftPM hands it the objects
// target by target in order of their names, each object's libraries (its imports' `link` lines) with
// it. This target's name sorts before every other target's whose objects name a library (Briefs is
// the first), and its one import names these three (Sources/CLoadOrder). A test checks the order.
internal import CLoadOrder

/// Nothing to call: the target exists for the libraries its import names.
public enum LibraryOrder {}
