#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include "CTerminal.h"

#include <langinfo.h>
#include <locale.h>
#include <ncursesw/curses.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

static volatile sig_atomic_t pending_signal = 0;
static volatile sig_atomic_t curses_active = 0;
static SCREEN *screen = NULL;

static int codeset_is_utf8(void) {
  const char *cs = nl_langinfo(CODESET);
  return cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

int ct_setup_locale(void) {
  if (setlocale(LC_ALL, "") != NULL && codeset_is_utf8()) return 1;
  const char *fallbacks[] = {"C.UTF-8", "C.utf8", "en_US.UTF-8", NULL};
  for (int i = 0; fallbacks[i] != NULL; i++) {
    if (setlocale(LC_ALL, fallbacks[i]) != NULL && codeset_is_utf8()) return 1;
  }
  return 0;
}

int ct_start(int mouse) {
  screen = newterm(NULL, stdout, stdin);
  if (screen == NULL) return 0;
  set_term(screen);
  curses_active = 1;
  /* raw, not cbreak: Ctrl-Z (undo), Ctrl-S (save), Ctrl-C and Ctrl-Q reach the
     program as keys instead of suspending it or freezing the output. */
  raw();
  noecho();
  nonl();
  intrflush(stdscr, FALSE);
  keypad(stdscr, TRUE);
  set_escdelay(25);
  curs_set(0);
  if (has_colors()) {
    start_color();
    use_default_colors();
  }
  if (mouse) {
    mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    mouseinterval(0);
  }
  return 1;
}

void ct_stop(void) {
  if (curses_active) {
    curses_active = 0;
    curs_set(1);
    endwin();
    fflush(stdout);
  }
}

int ct_rows(void) { return getmaxy(stdscr); }
int ct_cols(void) { return getmaxx(stdscr); }

int ct_read(int timeout_ms, uint32_t *ch) {
  wint_t w = 0;
  wtimeout(stdscr, timeout_ms);
  int r = wget_wch(stdscr, &w);
  if (r == ERR) return 0;
  *ch = (uint32_t)w;
  return r == KEY_CODE_YES ? 2 : 1;
}

int ct_key_resize(void) { return KEY_RESIZE; }
int ct_key_mouse(void) { return KEY_MOUSE; }
int ct_key_up(void) { return KEY_UP; }
int ct_key_down(void) { return KEY_DOWN; }
int ct_key_left(void) { return KEY_LEFT; }
int ct_key_right(void) { return KEY_RIGHT; }
int ct_key_npage(void) { return KEY_NPAGE; }
int ct_key_ppage(void) { return KEY_PPAGE; }
int ct_key_home(void) { return KEY_HOME; }
int ct_key_end(void) { return KEY_END; }
int ct_key_enter(void) { return KEY_ENTER; }
int ct_key_backspace(void) { return KEY_BACKSPACE; }
int ct_key_dc(void) { return KEY_DC; }
int ct_key_btab(void) { return KEY_BTAB; }
int ct_key_f(int n) { return KEY_F(n); }

int ct_mouse(int *row, int *col) {
  MEVENT e;
  if (getmouse(&e) != OK) return 0;
  *row = e.y;
  *col = e.x;
  if (e.bstate & BUTTON4_PRESSED) return 1;
  if (e.bstate & BUTTON5_PRESSED) return 2;
  if (e.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)) return 3;
  return 0;
}

void ct_init_pair(int pair, int fg, int bg) {
  if (has_colors()) init_pair((short)pair, (short)fg, (short)bg);
}

int ct_has_colors(void) { return has_colors() ? 1 : 0; }

void ct_put(int row, int col, const uint32_t *text, int count, int attrs, int pair) {
  attr_t a = A_NORMAL;
  if (attrs & CT_BOLD) a |= A_BOLD;
  if (attrs & CT_REVERSE) a |= A_REVERSE;
  if (attrs & CT_UNDERLINE) a |= A_UNDERLINE;
  if (attrs & CT_DIM) a |= A_DIM;
  wattr_set(stdscr, a, (short)pair, NULL);
  wchar_t buf[1024];
  int n = count < 1023 ? count : 1023;
  for (int i = 0; i < n; i++) buf[i] = (wchar_t)text[i];
  buf[n] = 0;
  mvwaddnwstr(stdscr, row, col, buf, n);
  wattr_set(stdscr, A_NORMAL, 0, NULL);
}

void ct_flush(int row, int col, int visible) {
  curs_set(visible ? 1 : 0);
  if (visible) wmove(stdscr, row, col);
  wnoutrefresh(stdscr);
  doupdate();
}

void ct_redraw_all(void) { clearok(curscr, TRUE); }

static void on_termination(int sig) { pending_signal = sig; }

static void on_crash(int sig) {
  if (curses_active) {
    curses_active = 0;
    endwin();
  }
  signal(sig, SIG_DFL);
  raise(sig);
}

void ct_install_signal_handlers(void) {
  /* A parent may have started us with signals blocked (some test runners and
     job controllers do): SIGWINCH must reach ncurses, and the termination
     signals must reach us. */
  sigset_t unblock;
  sigemptyset(&unblock);
  int wanted[] = {SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGCONT, SIGTSTP};
  for (unsigned i = 0; i < sizeof wanted / sizeof wanted[0]; i++) sigaddset(&unblock, wanted[i]);
  sigprocmask(SIG_UNBLOCK, &unblock, NULL);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_termination;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGTERM, &sa, NULL);
  sigaction(SIGHUP, &sa, NULL);
  struct sigaction crash;
  memset(&crash, 0, sizeof crash);
  crash.sa_handler = on_crash;
  sigemptyset(&crash.sa_mask);
  crash.sa_flags = SA_RESETHAND;
  int fatal[] = {SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE};
  for (unsigned i = 0; i < sizeof fatal / sizeof fatal[0]; i++) sigaction(fatal[i], &crash, NULL);
}

int ct_pending_signal(void) { return pending_signal; }
