#ifndef CWIDTH_H
#define CWIDTH_H

#include <stddef.h>
#include <stdint.h>

/// Makes sure LC_CTYPE is a UTF-8 locale: keeps the environment's if it is
/// UTF-8, else falls back to C.UTF-8. Returns 1 when a UTF-8 ctype is in
/// force, 0 when none exists. Safe to call more than once.
int cr_ensure_utf8_ctype(void);

/// glibc `wcwidth` of one Unicode scalar, in the UTF-8 ctype set up by
/// `cr_ensure_utf8_ctype`: -1 for control characters, 0 for combining marks,
/// 1 or 2 otherwise. This is what ncurses sums to place the cursor.
int cr_wcwidth(uint32_t scalar);

/// `cr_wcwidth` of a BMP scalar, computed the first time it is asked for
/// and remembered (a table of all 65,536 made at start-up cost 3 million
/// instructions, most of them for scalars never shown); surrogates are -1.
/// Sets up the UTF-8 ctype first, as `cr_ensure_utf8_ctype`.
int cr_wcwidth_bmp(uint32_t scalar);

/// Replaces a file mapping by an anonymous copy at the same addresses, so the
/// bytes stay as they are even if the file is changed or truncated on disk.
/// Returns 0 on success, -1 where it cannot be done (then nothing changed).
/// The copy is checked as UTF-8 while it is in the cache (a piece at a time):
/// `*problem` is then what `cr_utf8_problem` would say of it.
int cr_detach_pages(void *start, size_t length, long *problem);

/// The offset of the first byte that is not valid UTF-8 (or is NUL) in
/// `bytes[0..<length]`, or -1 when all of it is valid UTF-8 without NUL.
/// 16 bytes at a time with SSSE3 where the processor has it (Keiser and
/// Lemire's lookup of the bytes' nibbles, under one instruction a byte),
/// else — and to find the place once something is wrong — a byte at a time.
long cr_utf8_problem(const uint8_t *bytes, size_t length);

/// `cr_utf8_problem` a byte at a time (for tests to compare with).
long cr_utf8_problem_bytewise(const uint8_t *bytes, size_t length);

#endif
