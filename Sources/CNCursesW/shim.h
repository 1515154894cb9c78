#ifndef OMEGA_CNCURSESW_SHIM_H
#define OMEGA_CNCURSESW_SHIM_H
// Wide-character ncurses must be requested before the header, or get_wch, add_wch,
// setcchar and cchar_t stay invisible to Swift.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Globals such as stdscr, LINES and COLS are unsafe under strict concurrency, and the
// attribute macros do not import: expose them through inline accessors.
static inline WINDOW *omega_stdscr(void) { return stdscr; }
static inline int omega_lines(void) { return LINES; }
static inline int omega_cols(void) { return COLS; }
static inline int omega_colors(void) { return COLORS; }
static inline int omega_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t omega_a_normal(void) { return A_NORMAL; }
static inline attr_t omega_a_bold(void) { return A_BOLD; }
static inline attr_t omega_a_reverse(void) { return A_REVERSE; }
static inline attr_t omega_a_underline(void) { return A_UNDERLINE; }
static inline attr_t omega_a_dim(void) { return A_DIM; }
static inline attr_t omega_color_pair(int n) { return COLOR_PAIR(n); }
static inline int omega_key_resize(void) { return KEY_RESIZE; }
static inline int omega_key_code_yes(void) { return KEY_CODE_YES; }
static inline int omega_err(void) { return ERR; }
static inline int omega_ok(void) { return OK; }
static inline int omega_key_f(int n) { return KEY_F(n); }
static inline int omega_wcwidth(wchar_t c) { return wcwidth(c); }
static inline void omega_setlocale_all(void) { setlocale(LC_ALL, ""); }
#endif
