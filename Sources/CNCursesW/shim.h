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
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

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

// ---- Wide-character cells -------------------------------------------------------------------
// Writes one cell (a spacing character plus up to 4 combining ones, NUL-terminated) with
// attributes and a colour pair. Returns ERR when ncurses refuses it (e.g. bottom-right corner).
static inline int omega_put_cell(int row, int column, const wchar_t *characters, attr_t attributes, int pair) {
    cchar_t cell;
    if (setcchar(&cell, characters, attributes, (short)pair, NULL) == ERR) return ERR;
    if (wmove(stdscr, row, column) == ERR) return ERR;
    return wadd_wch(stdscr, &cell);
}

// get_wch on stdscr: returns OK, KEY_CODE_YES or ERR and stores the character or key code.
static inline int omega_get_wch(unsigned int *value) {
    wint_t character = 0;
    int status = wget_wch(stdscr, &character);
    *value = (unsigned int)character;
    return status;
}

// ioctl is variadic and does not import into Swift: the terminal's real size, or -1.
static inline int omega_window_size(int fd, int *rows, int *columns) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return -1;
    *rows = size.ws_row;
    *columns = size.ws_col;
    return 0;
}

// ---- Terminal restoration -------------------------------------------------------------------
// Saved at start so that a crash (or exit without stop) still leaves a usable terminal. Only
// async-signal-safe calls (tcsetattr, write) run in the crash handler.
static struct termios omega_saved_termios = {0};
static int omega_saved_termios_valid = 0;
static volatile sig_atomic_t omega_terminal_active = 0;
static struct sigaction omega_previous_actions[32] = {{{0}}};
static const char omega_reset_sequence[] = "\033[?2004l\033[0m\033[?25h\033[?1049l\r\n";

static inline void omega_write_reset(void) {
    ssize_t ignored = write(STDOUT_FILENO, omega_reset_sequence, sizeof(omega_reset_sequence) - 1);
    (void)ignored;
}

static inline void omega_save_termios(void) {
    if (tcgetattr(STDIN_FILENO, &omega_saved_termios) == 0) omega_saved_termios_valid = 1;
}

static inline void omega_set_active(int active) { omega_terminal_active = active; }

static void omega_crash_handler(int signal_number) {
    if (omega_terminal_active) {
        omega_terminal_active = 0;
        if (omega_saved_termios_valid) tcsetattr(STDIN_FILENO, TCSANOW, &omega_saved_termios);
        omega_write_reset();
    }
    // Hand over to whatever handled the signal before (the Swift backtracer, or the default).
    if (signal_number > 0 && signal_number < 32) sigaction(signal_number, &omega_previous_actions[signal_number], NULL);
    raise(signal_number);
}

static inline void omega_install_crash_handlers(void) {
    int signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
    for (unsigned i = 0; i < sizeof(signals) / sizeof(signals[0]); i++) {
        struct sigaction action;
        memset(&action, 0, sizeof(action));
        action.sa_handler = omega_crash_handler;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESETHAND;
        sigaction(signals[i], &action, &omega_previous_actions[signals[i]]);
    }
}

static void omega_restore_at_exit(void) {
    if (omega_terminal_active) {
        omega_terminal_active = 0;
        if (!isendwin()) endwin();
        omega_write_reset();
    }
}

static inline void omega_install_exit_restore(void) { atexit(omega_restore_at_exit); }

// Ignore a signal (SIG_IGN), so ncurses does not install its own handler for it and the
// application can watch it with a DispatchSource instead.
static inline void omega_ignore_signal(int signal_number) { signal(signal_number, SIG_IGN); }
static inline void omega_default_signal(int signal_number) { signal(signal_number, SIG_DFL); }

// stdin/stdout are unsafe globals under strict concurrency: reach them here.
static inline SCREEN *omega_newterm(const char *type) { return newterm(type, stdout, stdin); }
static inline void omega_write_stdout(const char *text) {
    fputs(text, stdout);
    fflush(stdout);
}
#endif
