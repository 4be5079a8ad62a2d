// The few things Swift cannot reach in ncurses by itself: macros, the wide
// character calls with awkward types, and signal handling that must end curses
// mode before the process dies.
#ifndef CTERMINAL_H
#define CTERMINAL_H

#include <stdint.h>

/// Sets the locale from the environment; falls back to C.UTF-8 when the
/// environment's is not UTF-8. Returns 1 when a UTF-8 locale is in force.
int ct_setup_locale(void);

/// Starts curses on the controlling terminal (stdin/stdout). Returns 0 on failure.
int ct_start(int mouse);
/// Ends curses mode (safe to call more than once).
void ct_stop(void);
/// Rows and columns of the screen.
int ct_rows(void);
int ct_cols(void);

/// Reads one key with a timeout in milliseconds.
/// Returns 0 on timeout, 1 for a character (in *ch), 2 for a function key (in *ch).
int ct_read(int timeout_ms, uint32_t *ch);

/// Key codes Swift needs (ncurses macros).
int ct_key_resize(void);
int ct_key_mouse(void);
int ct_key_up(void);
int ct_key_down(void);
int ct_key_left(void);
int ct_key_right(void);
int ct_key_npage(void);
int ct_key_ppage(void);
int ct_key_home(void);
int ct_key_end(void);
int ct_key_enter(void);
int ct_key_backspace(void);
int ct_key_dc(void);
int ct_key_btab(void);
int ct_key_f(int n);

/// The last mouse event: kind 1 = wheel up, 2 = wheel down, 3 = left click, 0 = other.
int ct_mouse(int *row, int *col);

/// Defines a colour pair (-1 = the terminal's default colour).
void ct_init_pair(int pair, int fg, int bg);
/// Whether the terminal has colours (after start).
int ct_has_colors(void);

/// Attribute bits for `ct_put`.
enum {
  CT_BOLD = 1,
  CT_REVERSE = 2,
  CT_UNDERLINE = 4,
  CT_DIM = 8,
};

/// Writes wide characters at a position with attributes and a colour pair.
void ct_put(int row, int col, const uint32_t *text, int count, int attrs, int pair);
/// Places the cursor (visible when `visible`) and sends the frame: wnoutrefresh + doupdate.
void ct_flush(int row, int col, int visible);
/// Forces a full repaint on the next flush (Ctrl-L).
void ct_redraw_all(void);

/// Installs handlers: SIGINT/SIGTERM/SIGHUP set a flag read by `ct_pending_signal`;
/// SIGSEGV/SIGILL/SIGTRAP/SIGABRT/SIGBUS/SIGFPE end curses mode and re-raise.
void ct_install_signal_handlers(void);
/// The termination signal received (SIGINT, SIGTERM, SIGHUP), or 0.
int ct_pending_signal(void);

#endif
