#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include "CTerminal.h"

#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <ncursesw/curses.h>
#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

static volatile sig_atomic_t pending_signal = 0;
static volatile sig_atomic_t pending_stop = 0;
static volatile sig_atomic_t pending_continue = 0;
static volatile sig_atomic_t curses_active = 0;
static volatile sig_atomic_t mouse_on = 0;
static SCREEN *screen = NULL;
static char fallback_name[64] = "";
static void install_stop_handlers(void);

/* Modes we set ourselves (ncurses interprets no input: keypad mode is off),
   so they are also undone by the crash handler, with write(2) only. */
static const char modes_on[] = "\033[?2004h";
static const char modes_off[] = "\033[?2004l";
static const char mouse_modes_on[] = "\033[?1000h\033[?1006h";
static const char mouse_modes_off[] = "\033[?1006l\033[?1000l";

static void write_all(const char *s, size_t n) {
  while (n > 0) {
    ssize_t w = write(STDOUT_FILENO, s, n);
    if (w <= 0) return;
    s += w;
    n -= (size_t)w;
  }
}

static void modes_reset(void) {
  if (mouse_on) write_all(mouse_modes_off, sizeof mouse_modes_off - 1);
  write_all(modes_off, sizeof modes_off - 1);
}

static int codeset_is_utf8(void) {
  const char *cs = nl_langinfo(CODESET);
  return cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

/* The character type only (what ncurses and wcwidth use): LC_ALL loaded
   all twelve of the locale's files, 36 system calls before the first frame,
   for formats, collation and messages nothing here takes from the C library. */
int ct_setup_locale(void) {
  if (setlocale(LC_CTYPE, "") != NULL && codeset_is_utf8()) return 1;
  const char *fallbacks[] = {"C.UTF-8", "C.utf8", "en_US.UTF-8", NULL};
  for (int i = 0; fallbacks[i] != NULL; i++) {
    if (setlocale(LC_CTYPE, fallbacks[i]) != NULL && codeset_is_utf8()) return 1;
  }
  return 0;
}

/* A terminal type whose terminfo entry works here: TERM, else the usual
   stand-ins (a server may lack xterm-kitty, alacritty, foot, wezterm…). */
static SCREEN *open_terminal(void) {
  const char *term = getenv("TERM");
  SCREEN *s = newterm(NULL, stdout, stdin);
  if (s != NULL) return s;
  const char *fallbacks[] = {"xterm-256color", "xterm", "ansi", "vt100", NULL};
  for (int i = 0; fallbacks[i] != NULL; i++) {
    if (term != NULL && strcmp(term, fallbacks[i]) == 0) continue;
    s = newterm(fallbacks[i], stdout, stdin);
    if (s != NULL) {
      snprintf(fallback_name, sizeof fallback_name, "%s", fallbacks[i]);
      return s;
    }
  }
  return NULL;
}

const char *ct_fallback_term(void) { return fallback_name[0] ? fallback_name : NULL; }

int ct_start(int mouse) {
  screen = open_terminal();
  if (screen == NULL) return 0;
  set_term(screen);
  curses_active = 1;
  /* ncurses installs its own SIGTSTP handler in newterm; ours saves first. */
  install_stop_handlers();
  /* raw, not cbreak: Ctrl-Z (undo), Ctrl-S (save), Ctrl-C and Ctrl-Q reach the
     program as keys instead of suspending it or freezing the output. */
  raw();
  noecho();
  nonl();
  intrflush(stdscr, FALSE);
  /* Keypad mode off: every escape sequence reaches the program as it was sent,
     and KeyDecoder reads all the variants terminals send, whatever TERM says. */
  keypad(stdscr, FALSE);
  curs_set(0);
  /* Scrolling regions (and line insert/delete) for a screen that moves by
     lines: a `j` sends one new line, not the whole screen. */
  idlok(stdscr, TRUE);
  scrollok(stdscr, FALSE);
  if (has_colors()) {
    start_color();
    use_default_colors();
  }
  /* One write per frame. Until curses has been suspended once, ncurses
     (6.x, after newterm) flushes its output at every cursor movement, so a
     frame went out as one write per row. endwin now, before anything is
     drawn, and the first doupdate resumes: from then on a frame is written
     when it is complete (in pieces of ncurses' buffer, (rows+2)×(cols+6)
     bytes, only when it is larger). endwin leaves and re-enters the
     alternate screen, which shows nothing yet. */
  endwin();
  /* Bracketed paste, and the mouse (button presses and the wheel, SGR-encoded
     where the terminal can) when wanted. */
  write_all(modes_on, sizeof modes_on - 1);
  if (mouse) {
    mouse_on = 1;
    write_all(mouse_modes_on, sizeof mouse_modes_on - 1);
  }
  return 1;
}

void ct_stop(void) {
  if (curses_active) {
    curses_active = 0;
    fflush(stdout);
    modes_reset();
    curs_set(1);
    endwin();
    fflush(stdout);
  }
}

int ct_rows(void) { return getmaxy(stdscr); }
int ct_cols(void) { return getmaxx(stdscr); }

/* Whether standard input has ended for good: the terminal hung up or went
   away (POLLHUP, POLLERR, POLLNVAL), or it reads as ready with nothing to
   read (end of file, EIO). A reader started without a controlling terminal
   (setsid, su -c, some SSH set-ups) gets no SIGHUP when its terminal closes:
   this is how it learns. */
static int input_gone(void) {
  struct pollfd p = {.fd = STDIN_FILENO, .events = POLLIN};
  if (poll(&p, 1, 0) < 0) return 0;
  if (p.revents & (POLLHUP | POLLERR | POLLNVAL)) return 1;
  if (p.revents & POLLIN) {
    int n = 0;
    if (ioctl(STDIN_FILENO, FIONREAD, &n) == 0 && n == 0) return 1;
  }
  return 0;
}

/* UTF-8 is put together here from the bytes wgetch gives, rather than by
   wget_wch, which drops a character whose bytes come in two reads (a slow
   SSH link, a paste split between packets). The bytes of a character not yet
   whole wait here for the rest, however late it comes. A byte that starts
   no character, or a character cut short, is returned as the byte itself
   (as wget_wch did: 8-bit C1 controls such as CSI arrive so). */
static unsigned char utf8_bytes[4];
static int utf8_have = 0, utf8_need = 0;

static int utf8_length(unsigned char b) {
  if (b < 0x80) return 1;
  if (b >= 0xC2 && b <= 0xDF) return 2;
  if ((b & 0xF0) == 0xE0) return 3;
  if (b >= 0xF0 && b <= 0xF4) return 4;
  return 0;
}

static uint32_t utf8_value(void) {
  uint32_t v = utf8_bytes[0] & (0xFF >> (utf8_need + 1));
  for (int i = 1; i < utf8_need; i++) v = (v << 6) | (utf8_bytes[i] & 0x3F);
  /* Overlong forms and surrogates are no characters. */
  if ((utf8_need == 3 && v < 0x800) || (utf8_need == 4 && (v < 0x10000 || v > 0x10FFFF)) ||
      (v >= 0xD800 && v <= 0xDFFF))
    return 0xFFFD;
  return v;
}

int ct_read(int timeout_ms, uint32_t *ch) {
  int wait = timeout_ms;
  for (;;) {
    wtimeout(stdscr, wait);
    int c = wgetch(stdscr);
    if (c == ERR) return input_gone() ? -1 : 0;
    if (c > 0xFF) {
      *ch = (uint32_t)c;
      return 2;
    }
    unsigned char b = (unsigned char)c;
    if (utf8_have > 0) {
      if ((b & 0xC0) != 0x80) {
        /* Cut short: its first byte as it is, this byte read again next. */
        ungetch(c);
        *ch = utf8_bytes[0];
        utf8_have = 0;
        return 1;
      }
      utf8_bytes[utf8_have++] = b;
      if (utf8_have < utf8_need) {
        wait = 0;
        continue;
      }
      *ch = utf8_value();
      utf8_have = 0;
      return 1;
    }
    int n = utf8_length(b);
    if (n <= 1) {
      *ch = b;
      return 1;
    }
    utf8_bytes[0] = b;
    utf8_have = 1;
    utf8_need = n;
    wait = 0;
  }
}

int ct_wait(int timeout_ms, int wake_fd, int watch_fd, uint32_t *ch) {
  /* A change of size ncurses noticed while we drew, first. */
  int r = ct_read(0, ch);
  if (r != 0) return r;
  /* A descriptor of -1 is ignored by poll. */
  struct pollfd fds[3] = {{STDIN_FILENO, POLLIN, 0}, {wake_fd, POLLIN, 0}, {watch_fd, POLLIN, 0}};
  int n = poll(fds, 3, timeout_ms);
  if (n == 0) return 0;
  if (n > 0 && !fds[0].revents && (fds[1].revents & POLLIN)) return 3;
  if (n > 0 && !fds[0].revents && (fds[2].revents & POLLIN)) return 4;
  /* Input, or a signal (SIGWINCH: ncurses has the new size for us). */
  return ct_read(0, ch);
}

int ct_key_resize(void) { return KEY_RESIZE; }

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

static void on_stop(int sig) {
  (void)sig;
  pending_stop = 1;
}

static void on_continue(int sig) {
  (void)sig;
  pending_continue = 1;
}

static void install_stop_handlers(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sigemptyset(&sa.sa_mask);
  sa.sa_handler = on_stop;
  sigaction(SIGTSTP, &sa, NULL);
  sa.sa_handler = on_continue;
  sigaction(SIGCONT, &sa, NULL);
}

int ct_pending_stop(void) {
  if (!pending_stop) return 0;
  pending_stop = 0;
  return 1;
}

int ct_pending_continue(void) {
  if (!pending_continue) return 0;
  pending_continue = 0;
  return 1;
}

/* Gives the terminal back as it was (mouse reporting and bracketed paste off,
   the cursor shown, curses mode ended), stops the process as SIGTSTP would,
   and when it is continued (fg) takes the terminal again. */
void ct_suspend(void) {
  if (curses_active) {
    fflush(stdout);
    modes_reset();
    curs_set(1);
    endwin();
    fflush(stdout);
  }
  struct sigaction dfl, old;
  memset(&dfl, 0, sizeof dfl);
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  sigaction(SIGTSTP, &dfl, &old);
  sigset_t tstp;
  sigemptyset(&tstp);
  sigaddset(&tstp, SIGTSTP);
  sigprocmask(SIG_UNBLOCK, &tstp, NULL);
  raise(SIGTSTP);
  /* Here again after SIGCONT. */
  sigaction(SIGTSTP, &old, NULL);
  pending_continue = 0;
  ct_resume();
}

/* Takes the terminal again after the process was stopped and continued:
   curses mode, bracketed paste and the mouse as they were set at start. */
void ct_resume(void) {
  if (!curses_active) return;
  reset_prog_mode();
  write_all(modes_on, sizeof modes_on - 1);
  if (mouse_on) write_all(mouse_modes_on, sizeof mouse_modes_on - 1);
  clearok(curscr, TRUE);
}

static void on_crash(int sig) {
  if (curses_active) {
    curses_active = 0;
    modes_reset();
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
  int wanted[] = {SIGINT,  SIGTERM, SIGHUP,  SIGWINCH, SIGSEGV,   SIGILL,  SIGTRAP, SIGABRT,
                  SIGBUS,  SIGFPE,  SIGCONT, SIGTSTP,  SIGQUIT,   SIGUSR1, SIGUSR2, SIGALRM,
                  SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF};
  for (unsigned i = 0; i < sizeof wanted / sizeof wanted[0]; i++) sigaddset(&unblock, wanted[i]);
  sigprocmask(SIG_UNBLOCK, &unblock, NULL);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_termination;
  sigemptyset(&sa.sa_mask);
  /* Every signal that would end the program sets the flag instead: the loop
     saves, gives the terminal back and exits 128 + the signal. */
  int ending[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF};
  for (unsigned i = 0; i < sizeof ending / sizeof ending[0]; i++) sigaction(ending[i], &sa, NULL);
  /* A closed pipe is an error on the write, not a reason to die. */
  signal(SIGPIPE, SIG_IGN);
  struct sigaction crash;
  memset(&crash, 0, sizeof crash);
  crash.sa_handler = on_crash;
  sigemptyset(&crash.sa_mask);
  crash.sa_flags = SA_RESETHAND;
  int fatal[] = {SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE};
  for (unsigned i = 0; i < sizeof fatal / sizeof fatal[0]; i++) sigaction(fatal[i], &crash, NULL);
  install_stop_handlers();
}

int ct_pending_signal(void) { return pending_signal; }
