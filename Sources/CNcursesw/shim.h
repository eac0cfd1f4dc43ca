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
#include <ncursesw/term.h>
#include <string.h>

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
static inline int mlsd_key_code_yes(void) { return KEY_CODE_YES; }
static inline mmask_t mlsd_button4_released(void) { return BUTTON4_RELEASED; }

/* Signals. The handlers only set a flag (the main loop restores the terminal and writes the
   recovery file) or, for crash signals, restore the terminal with async-signal-safe calls and
   re-raise. Only one Swift file (TerminalSignals.swift) may call these: the statics below are
   per translation unit. */
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

/* Function-local statics: Swift emits these with the functions (file-scope statics it does not). */
static inline volatile sig_atomic_t *mlsd_pending_slot(void) { static volatile sig_atomic_t pending = 0; return &pending; }
static inline struct termios *mlsd_termios_slot(void) { static struct termios saved; return &saved; }
static inline volatile sig_atomic_t *mlsd_have_termios_slot(void) { static volatile sig_atomic_t have = 0; return &have; }

static void mlsd_on_signal(int sig) { *mlsd_pending_slot() = sig; }

static void mlsd_on_crash(int sig) {
  static const char reset[] =
      "\033[?2004l\033[?1002l\033[?1003l\033[?1006l\033[?1000l\033[0m\033[?25h\033[?1049l\r\n";
  ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
  (void)ignored;
  if (*mlsd_have_termios_slot()) tcsetattr(STDIN_FILENO, TCSANOW, mlsd_termios_slot());
  signal(sig, SIG_DFL);
  raise(sig);
}

/* Remembers the terminal settings from before curses, for the crash handler. */
static inline void mlsd_save_termios(void) {
  if (tcgetattr(STDIN_FILENO, mlsd_termios_slot()) == 0) *mlsd_have_termios_slot() = 1;
}

static inline void mlsd_install_signal_handlers(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  sigemptyset(&action.sa_mask);
  action.sa_handler = mlsd_on_signal;
  sigaction(SIGINT, &action, NULL);
  sigaction(SIGTERM, &action, NULL);
  sigaction(SIGHUP, &action, NULL);
  struct sigaction crash;
  memset(&crash, 0, sizeof crash);
  sigemptyset(&crash.sa_mask);
  crash.sa_handler = mlsd_on_crash;
  crash.sa_flags = SA_RESETHAND;
  sigaction(SIGSEGV, &crash, NULL);
  sigaction(SIGABRT, &crash, NULL);
  sigaction(SIGBUS, &crash, NULL);
  sigaction(SIGILL, &crash, NULL);
  sigaction(SIGFPE, &crash, NULL);
  sigaction(SIGTRAP, &crash, NULL);
}

static inline int mlsd_take_signal(void) {
  int sig = *mlsd_pending_slot();
  *mlsd_pending_slot() = 0;
  return sig;
}
#endif
