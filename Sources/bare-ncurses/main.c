// bare-ncurses: the yardsticks of `omega-bench tui`, the least a wide-character ncurses
// program does for the same screens as omega-tui.
//
//   bare-ncurses                 draws omega-tui's login title and key bar, waits for a key
//   bare-ncurses table bar       a Relevés-like table of 26 rows, 12 visible, the selection a
//                                full-width bar (bold, bright white on blue, as omega-tui's
//                                default theme); Down moves it, q quits
//   bare-ncurses table marker    the same, the selection a bold marker in a gutter column
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <ncursesw/curses.h>
#include <stdio.h>
#include <string.h>

enum { ROWS = 26, VISIBLE = 12, TOP = 3, WIDTH = 78 };

static char rows[ROWS][64];

static void fill_rows(void) {
    for (int i = 0; i < ROWS; i++) {
        int index = 9000 - i * 37;
        snprintf(rows[i], sizeof rows[i], "%02d/%02d/%04d %6d %03d %9d m\xc2\xb3 %s", 1 + i % 28, 1 + i % 12,
                 2026 - i / 2, index / 1000, index % 1000, 60 + i % 70, i % 5 == 0 ? "estim\xc3\xa9" : "r\xc3\xa9" "el");
    }
}

// One whole frame, drawn from scratch like omega-tui's screens; ncurses sends the difference.
static void draw_table(int selected, int offset, int marker) {
    werase(stdscr);
    attrset(A_BOLD);
    mvaddstr(0, 1, "Omega \xc2\xb7 Espace abonn\xc3\xa9 \xe2\x80\x94 Relev\xc3\xa9s");
    attrset(A_BOLD | A_UNDERLINE);
    mvaddstr(TOP - 1, 1, "Date            Index       Conso. Type");
    attrset(A_NORMAL);
    for (int line = 0; line < VISIBLE && offset + line < ROWS; line++) {
        int index = offset + line, is_selected = index == selected;
        if (marker) {
            attrset(is_selected ? A_BOLD : A_NORMAL);
            mvaddstr(TOP + line, 1, is_selected ? "\xe2\x96\xb6" : " ");
            attrset(A_NORMAL);
            mvaddstr(TOP + line, 3, rows[index]);
        } else {
            attr_set(is_selected ? A_BOLD : A_NORMAL, is_selected ? 1 : 0, NULL);
            mvhline(TOP + line, 1, ' ', WIDTH);
            mvaddstr(TOP + line, 1, rows[index]);
            attr_set(A_NORMAL, 0, NULL);
        }
    }
    mvaddstr(LINES - 1, 0, "F1/? Aide Echap Retour F2/a Accueil F10/q Quitter");
    move(TOP + selected - offset, 1);  // the cursor on the selection, as omega-tui does
    wnoutrefresh(stdscr);
    doupdate();
}

static int run_table(int marker) {
    start_color();
    use_default_colors();
    init_pair(1, COLORS >= 16 ? 15 : 7, 4);
    fill_rows();
    int selected = 0, offset = 0;
    draw_table(selected, offset, marker);
    for (int key = getch(); key != 'q' && key != ERR; key = getch()) {
        if (key == KEY_DOWN && selected + 1 < ROWS) selected++;
        if (key == KEY_UP && selected > 0) selected--;
        if (selected >= offset + VISIBLE) offset = selected - VISIBLE + 1;
        if (selected < offset) offset = selected;
        draw_table(selected, offset, marker);
    }
    return 0;
}

int main(int argc, char **argv) {
    setlocale(LC_ALL, "");
    if (newterm(NULL, stdout, stdin) == NULL) return 1;
    cbreak();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    if (argc > 1 && strcmp(argv[1], "table") == 0) {
        int status = run_table(argc > 2 && strcmp(argv[2], "marker") == 0);
        endwin();
        return status;
    }
    attron(A_BOLD);
    mvaddstr(0, 0, " Omega \xc2\xb7 Espace abonn\xc3\xa9 \xe2\x80\x94 Connexion");
    attroff(A_BOLD);
    mvaddstr(LINES - 1, 0, "F1 Aide Tab Champ suivant Entr\xc3\xa9" "e Se connecter F10 Quitter");
    refresh();
    getch();
    endwin();
    return 0;
}
