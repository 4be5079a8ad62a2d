// The few things Swift cannot reach in ncurses by itself: macros, the wide
// character calls with awkward types, and signal handling that must end curses
// mode before the process dies.
#ifndef CTERMINAL_H
#define CTERMINAL_H

#include <stdint.h>

/// Sets the locale from the environment; falls back to C.UTF-8 when the
/// environment's is not UTF-8. Returns 1 when a UTF-8 locale is in force.
int ct_setup_locale(void);

/// Starts curses on the controlling terminal (stdin/stdout), with keypad mode
/// off (escape sequences are decoded by the program), bracketed paste on, and
/// the mouse reported when `mouse`. When TERM has no usable terminfo entry,
/// falls back to xterm-256color, xterm, ansi, then vt100. Returns 0 on failure.
int ct_start(int mouse);
/// The terminal type used instead of TERM, or NULL when TERM itself worked.
const char *ct_fallback_term(void);
/// Ends curses mode (safe to call more than once).
void ct_stop(void);
/// Rows and columns of the screen.
int ct_rows(void);
int ct_cols(void);

/// Reads one key with a timeout in milliseconds.
/// Returns 0 on timeout, 1 for a character (in *ch), 2 for a function key (in *ch),
/// -1 when the input has ended for good (end of file, EIO, the terminal hung up).
int ct_read(int timeout_ms, uint32_t *ch);

/// Waits up to `timeout_ms` for a key, for `wake_fd` to become readable
/// (a worker's result: the run loop's self-pipe) or for `watch_fd` to (an
/// inotify descriptor: a watched file changed); -1 for either is none.
/// Returns 0 on timeout, 1 or 2 as `ct_read` for a key, 3 when woken, 4 when
/// a watched file changed (nothing is read from either descriptor), -1 as
/// `ct_read` when the input has ended. A key already waiting comes first.
int ct_wait(int timeout_ms, int wake_fd, int watch_fd, uint32_t *ch);

/// The code ncurses gives a change of the terminal's size (its only function key with keypad mode off).
int ct_key_resize(void);

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

/// Installs handlers: every signal that would end the program (SIGINT, SIGTERM,
/// SIGHUP, SIGQUIT, SIGUSR1/2, SIGALRM, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF)
/// sets a flag read by `ct_pending_signal`; SIGPIPE is ignored;
/// SIGSEGV/SIGILL/SIGTRAP/SIGABRT/SIGBUS/SIGFPE end curses mode and re-raise.
void ct_install_signal_handlers(void);
/// The termination signal received, or 0.
int ct_pending_signal(void);

/// Whether SIGTSTP arrived since the last call (it is caught: the program
/// saves, then calls `ct_suspend`).
int ct_pending_stop(void);
/// Whether SIGCONT arrived since the last call without a SIGTSTP of ours
/// (stopped by SIGSTOP): the terminal's modes must be set again.
int ct_pending_continue(void);
/// Gives the terminal back (mouse and bracketed paste off, cursor shown,
/// curses mode ended), stops the process, and takes the terminal again when it
/// is continued.
void ct_suspend(void);
/// Sets the terminal's modes again (curses mode, bracketed paste, mouse) and
/// forces a full repaint: after the process was stopped and continued.
void ct_resume(void);

#endif
