#ifndef ALLIANCE_CGRAPHVIZ_SHIM_H
#define ALLIANCE_CGRAPHVIZ_SHIM_H
// The installed Graphviz headers (libgraphviz-dev); nothing is copied into the package.
#include <stdlib.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// Frees memory that Graphviz allocated with malloc (the string `aglasterr()` returns).
static inline void cgraphviz_free(void *pointer) { free(pointer); }
#endif
