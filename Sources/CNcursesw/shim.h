// Wide-character ncurses for Swift: the feature macros it needs, and static inline wrappers
// for the macros and C globals that Swift cannot import (or that Swift 6 concurrency rejects).
#ifndef MLSD_CNCURSESW_SHIM_H
#define MLSD_CNCURSESW_SHIM_H
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

static inline WINDOW *mlsd_stdscr(void) { return stdscr; }
static inline int mlsd_lines(void) { return LINES; }
static inline int mlsd_cols(void) { return COLS; }
static inline int mlsd_colors(void) { return COLORS; }
static inline int mlsd_color_pairs(void) { return COLOR_PAIRS; }
static inline int mlsd_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int mlsd_key_resize(void) { return KEY_RESIZE; }
static inline int mlsd_key_mouse(void) { return KEY_MOUSE; }
static inline mmask_t mlsd_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t mlsd_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t mlsd_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t mlsd_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t mlsd_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t mlsd_button4_pressed(void) { return BUTTON4_PRESSED; }
#if NCURSES_MOUSE_VERSION > 1
static inline mmask_t mlsd_button5_pressed(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t mlsd_button5_pressed(void) { return 0; }
#endif
static inline mmask_t mlsd_report_mouse_position(void) { return REPORT_MOUSE_POSITION; }
static inline attr_t mlsd_a_bold(void) { return A_BOLD; }
static inline attr_t mlsd_a_reverse(void) { return A_REVERSE; }
static inline attr_t mlsd_a_underline(void) { return A_UNDERLINE; }
static inline attr_t mlsd_a_dim(void) { return A_DIM; }
static inline attr_t mlsd_a_normal(void) { return A_NORMAL; }
static inline int mlsd_wcwidth(wchar_t c) { return wcwidth(c); }
#endif
