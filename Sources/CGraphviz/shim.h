// Graphviz's layout library for Swift: the graph reader (cgraph) and the layout and render
// context (gvc), a switch that keeps Graphviz's warnings off stderr, and readers of the layout
// dot leaves in its graph (node centres, edge splines), whose fields Swift cannot reach through
// types.h's macros.
#ifndef MLSD_CGRAPHVIZ_SHIM_H
#define MLSD_CGRAPHVIZ_SHIM_H
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int mlsd_graphviz_drop_message(char *message) {
  (void)message;
  return 0;
}

/// Graphviz writes warnings and errors through this hook; mlsd reads the result codes instead.
static inline void mlsd_graphviz_quiet(void) {
  agseterr(AGMAX);
  agseterrf(mlsd_graphviz_drop_message);
}

// Object IDs in creation order. cgraph's own discipline makes a name's ID the address of its
// copy of the string, and keeps subgraphs in ID order: dot then numbers the clusters by where
// malloc put their names, so that the same graph could be ordered differently after other work
// had freed memory. Here a name's ID is 2, 4, 6, ... in the order names are first seen, and
// anonymous objects take odd IDs, as in cgraph's discipline.
typedef struct {
  Agraph_t *graph;
  char **names; /* names[k]: the graph's copy of the name with ID 2 (k + 1) */
  long count;
  long capacity;
  IDTYPE anonymous;
} mlsd_graphviz_ids;

static void *mlsd_graphviz_ids_open(Agraph_t *graph, Agdisc_t *disc) {
  (void)disc;
  mlsd_graphviz_ids *ids = calloc(1, sizeof *ids);
  if (ids == NULL) return NULL;
  ids->graph = graph;
  ids->anonymous = 1;
  return ids;
}

static long mlsd_graphviz_ids_map(void *state, int kind, char *name, IDTYPE *id, int create) {
  (void)kind;
  mlsd_graphviz_ids *ids = state;
  if (ids == NULL) return 0;
  if (name == NULL) {
    *id = ids->anonymous;
    ids->anonymous += 2;
    return 1;
  }
  /* The graph keeps one copy of each string, so the copy's address identifies the name. */
  char *copy = create ? agstrdup(ids->graph, name) : agstrbind(ids->graph, name);
  if (copy == NULL) return 0;
  for (long k = 0; k < ids->count; k++) {
    if (ids->names[k] == copy) {
      *id = (IDTYPE)(2 * (k + 1));
      return 1;
    }
  }
  if (!create) return 0;
  if (ids->count == ids->capacity) {
    long capacity = ids->capacity ? 2 * ids->capacity : 64;
    char **names = realloc(ids->names, (size_t)capacity * sizeof *names);
    if (names == NULL) {
      agstrfree(ids->graph, copy);
      return 0;
    }
    ids->names = names;
    ids->capacity = capacity;
  }
  ids->names[ids->count++] = copy;
  *id = (IDTYPE)(2 * ids->count);
  return 1;
}

static long mlsd_graphviz_ids_alloc(void *state, int kind, IDTYPE id) {
  (void)state, (void)kind, (void)id;
  return 0;
}

static char *mlsd_graphviz_ids_print(void *state, int kind, IDTYPE id) {
  (void)kind;
  mlsd_graphviz_ids *ids = state;
  if (ids == NULL || id % 2 != 0 || id == 0 || (long)(id / 2) > ids->count) return NULL;
  return ids->names[id / 2 - 1];
}

static void mlsd_graphviz_ids_free(void *state, int kind, IDTYPE id) {
  mlsd_graphviz_ids *ids = state;
  char *name = mlsd_graphviz_ids_print(state, kind, id);
  if (name != NULL) agstrfree(ids->graph, name);
}

static void mlsd_graphviz_ids_close(void *state) {
  mlsd_graphviz_ids *ids = state;
  if (ids == NULL) return;
  free(ids->names);
  free(ids);
}

static void mlsd_graphviz_ids_register(void *state, int kind, void *object) {
  (void)state, (void)kind, (void)object;
}

static Agiddisc_t mlsd_graphviz_id_discipline = {
    mlsd_graphviz_ids_open, mlsd_graphviz_ids_map,   mlsd_graphviz_ids_alloc,   mlsd_graphviz_ids_free,
    mlsd_graphviz_ids_print, mlsd_graphviz_ids_close, mlsd_graphviz_ids_register,
};

/// A new directed graph, as the DOT reader opens one for `digraph`, with IDs in creation order.
static inline Agraph_t *mlsd_graphviz_open(char *name) {
  static Agdisc_t discipline = {&AgMemDisc, &mlsd_graphviz_id_discipline, &AgIoDisc};
  return agopen(name, Agdirected, &discipline);
}

/// DOT text read from memory (as agmemread reads it) into a graph with IDs in creation order.
typedef struct {
  const char *text;
  size_t length;
  size_t at;
} mlsd_graphviz_text;

static int mlsd_graphviz_text_read(void *channel, char *buffer, int size) {
  mlsd_graphviz_text *text = channel;
  int n = 0;
  /* One line at a time, as the reader expects. */
  while (n < size && text->at < text->length) {
    char c = text->text[text->at++];
    buffer[n++] = c;
    if (c == '\n') break;
  }
  return n;
}

static inline Agraph_t *mlsd_graphviz_read(const char *dot) {
  static Agiodisc_t io;
  static Agdisc_t discipline;
  io.afread = mlsd_graphviz_text_read;
  io.putstr = AgIoDisc.putstr;
  io.flush = AgIoDisc.flush;
  discipline.mem = &AgMemDisc;
  discipline.id = &mlsd_graphviz_id_discipline;
  discipline.io = &io;
  mlsd_graphviz_text text = {dot, strlen(dot), 0};
  return agread(&text, &discipline);
}

/// A length of the layout (points) in inches as the plain renderer writes it ("%.5g") and a
/// reader reads it back, so that the direct reading gives the plain text's numbers exactly.
static inline double mlsd_graphviz_plain_inches(double points) {
  char text[64];
  snprintf(text, sizeof text, "%.5g", points / 72.0);
  return strtod(text, NULL);
}

/// The node's centre after the layout, in inches as plain writes it.
static inline double mlsd_graphviz_node_x(Agnode_t *node) {
  return mlsd_graphviz_plain_inches(ND_coord(node).x);
}
static inline double mlsd_graphviz_node_y(Agnode_t *node) {
  return mlsd_graphviz_plain_inches(ND_coord(node).y);
}

/// How many control points the edge's spline has (all its Bézier pieces, as plain counts them),
/// -1 when the layout gave it none.
static inline int mlsd_graphviz_edge_point_count(Agedge_t *edge) {
  splines *spline = ED_spl(edge);
  if (spline == NULL) return -1;
  int count = 0;
  for (int i = 0; i < spline->size; i++) count += spline->list[i].size;
  return count;
}

/// The edge's control points in plain's order and inches: x0, y0, x1, y1, ... into `xy`, which
/// holds twice mlsd_graphviz_edge_point_count(edge) numbers.
static inline void mlsd_graphviz_edge_points(Agedge_t *edge, double *xy) {
  splines *spline = ED_spl(edge);
  if (spline == NULL) return;
  int k = 0;
  for (int i = 0; i < spline->size; i++) {
    for (int j = 0; j < spline->list[i].size; j++) {
      xy[k++] = mlsd_graphviz_plain_inches(spline->list[i].list[j].x);
      xy[k++] = mlsd_graphviz_plain_inches(spline->list[i].list[j].y);
    }
  }
}

/// gvFreeLayout for a graph dot laid out, with Graphviz 2.43's rank lists made whole first. dot
/// keeps each rank's node list twice: `v`, the list in use, and `av`, the allocation its cleanup
/// frees. A labelled edge within one rank (flat.c, make_vn_slot: its label's node) and a rank
/// given slots for leaves (position.c, make_leafslots) reallocate `v` without updating `av`; when
/// realloc moves the list, the cleanup frees the old one again and glibc aborts on the heap so
/// corrupted (valgrind: "Invalid free" in dot_cleanup of a block realloc'd in flat_edges). The
/// dot command never frees its last layout, so it never showed. Here a rank whose `v` lies
/// outside its `av` (in use, `v` is `av` or a view into it) gets `av` = `v`, the live list.
/// Returns gvFreeLayout's result.
static inline int mlsd_graphviz_free_layout(GVC_t *context, Agraph_t *graph) {
  if (agbindrec(graph, "Agraphinfo_t", 0, FALSE) != NULL && GD_rank(graph) != NULL) {
    for (int r = GD_minrank(graph); r <= GD_maxrank(graph); r++) {
      rank_t *rank = &GD_rank(graph)[r];
      if (rank->v != NULL && (rank->v < rank->av || rank->v > rank->av + rank->an)) rank->av = rank->v;
    }
  }
  return gvFreeLayout(context, graph);
}
#endif
