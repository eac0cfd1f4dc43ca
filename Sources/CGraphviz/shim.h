// Graphviz's layout library for Swift: the graph reader (cgraph) and the layout and render
// context (gvc), and a switch that keeps Graphviz's warnings off stderr.
#ifndef MLSD_CGRAPHVIZ_SHIM_H
#define MLSD_CGRAPHVIZ_SHIM_H
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

static int mlsd_graphviz_drop_message(char *message) {
  (void)message;
  return 0;
}

/// Graphviz writes warnings and errors through this hook; mlsd reads the result codes instead.
static inline void mlsd_graphviz_quiet(void) {
  agseterr(AGMAX);
  agseterrf(mlsd_graphviz_drop_message);
}
#endif
