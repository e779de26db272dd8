// No declarations: the module exists for its `link` lines (see Sources/BriefLibraryOrder).
#include <stddef.h>
