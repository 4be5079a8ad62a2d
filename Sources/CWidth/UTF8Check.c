/* UTF-8 checking of a case file's bytes, and taking its pages off the file.
   The reader checks all of a 20 MB case just after its first screen: a byte
   at a time that was 120 million instructions; 16 bytes at a time it is a
   fifth of that, done while the copy of each piece is still in the cache. */
#define _GNU_SOURCE
#include "CWidth.h"

#include <string.h>
#include <sys/mman.h>

long cr_utf8_problem_bytewise(const uint8_t *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    uint8_t c = s[i];
    if (c < 0x80) {
      /* Eight ASCII bytes without NUL at a time. */
      while (i + 8 <= n) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if ((w & 0x8080808080808080ULL) != 0) break;
        if (((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL) != 0) break;
        i += 8;
      }
      if (i >= n) break;
      c = s[i];
      if (c < 0x80) {
        if (c == 0) return (long)i;
        i++;
        continue;
      }
    }
    if (c >= 0xE1 && c <= 0xEC) { /* Most of CJK: no overlong or surrogate to look for. */
      if (i + 3 > n || (s[i + 1] & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80) return (long)i;
      i += 3;
    } else if (c >= 0xC2 && c <= 0xDF) {
      if (i + 2 > n || (s[i + 1] & 0xC0) != 0x80) return (long)i;
      i += 2;
    } else if (c == 0xE0 || c == 0xED || c == 0xEE || c == 0xEF) {
      if (i + 3 > n || (s[i + 2] & 0xC0) != 0x80) return (long)i;
      uint8_t d = s[i + 1];
      uint8_t lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
      if (d < lo || d > hi) return (long)i;
      i += 3;
    } else if (c >= 0xF0 && c <= 0xF4) {
      if (i + 4 > n || (s[i + 2] & 0xC0) != 0x80 || (s[i + 3] & 0xC0) != 0x80) return (long)i;
      uint8_t d = s[i + 1];
      uint8_t lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
      if (d < lo || d > hi) return (long)i;
      i += 4;
    } else {
      return (long)i;
    }
  }
  return -1;
}

#if defined(__x86_64__)
#include <immintrin.h>
#define SSSE3 __attribute__((target("ssse3")))

/* What is wrong with a pair of bytes (the one before and this one), as bits:
   each table gives the problems a nibble allows, and a problem is real when
   all three tables allow it (Keiser & Lemire, "Validating UTF-8 in less than
   one instruction per byte", 2021). */
enum {
  TOO_SHORT = 1 << 0,  /* a lead not followed by a continuation */
  TOO_LONG = 1 << 1,   /* a continuation after ASCII */
  OVERLONG_3 = 1 << 2, /* E0 80..9F */
  TOO_LARGE = 1 << 3,  /* F4 90.. and above */
  SURROGATE = 1 << 4,  /* ED A0..BF */
  OVERLONG_2 = 1 << 5, /* C0, C1 */
  TOO_LARGE_1000 = 1 << 6,
  OVERLONG_4 = 1 << 6, /* F0 80..8F */
  TWO_CONTS = 1 << 7,  /* a continuation after a continuation (fine if third or fourth) */
  CARRY = TOO_SHORT | TOO_LONG | TWO_CONTS,
};

typedef struct {
  __m128i error, previous, incomplete;
} utf8_state;

#define B(x) ((char)(x))
#define BEFORE(input, previous, n) _mm_alignr_epi8(input, previous, 16 - (n))

SSSE3 static inline __m128i high_nibbles(__m128i v) {
  return _mm_and_si128(_mm_srli_epi16(v, 4), _mm_set1_epi8(0x0F));
}

SSSE3 static inline void utf8_block(utf8_state *st, __m128i input) {
  if (_mm_movemask_epi8(input) == 0) {
    /* All ASCII: only a sequence left open before it can be wrong. */
    st->error = _mm_or_si128(st->error, st->incomplete);
  } else {
    const __m128i byte_1_high = _mm_setr_epi8(
      TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG,
      B(TWO_CONTS), B(TWO_CONTS), B(TWO_CONTS), B(TWO_CONTS),
      TOO_SHORT | OVERLONG_2, TOO_SHORT, TOO_SHORT | OVERLONG_3 | SURROGATE,
      TOO_SHORT | TOO_LARGE | TOO_LARGE_1000 | OVERLONG_4);
    const __m128i byte_1_low = _mm_setr_epi8(
      B(CARRY | OVERLONG_3 | OVERLONG_2 | OVERLONG_4), B(CARRY | OVERLONG_2), B(CARRY), B(CARRY),
      B(CARRY | TOO_LARGE), B(CARRY | TOO_LARGE | TOO_LARGE_1000), B(CARRY | TOO_LARGE | TOO_LARGE_1000),
      B(CARRY | TOO_LARGE | TOO_LARGE_1000), B(CARRY | TOO_LARGE | TOO_LARGE_1000),
      B(CARRY | TOO_LARGE | TOO_LARGE_1000), B(CARRY | TOO_LARGE | TOO_LARGE_1000),
      B(CARRY | TOO_LARGE | TOO_LARGE_1000), B(CARRY | TOO_LARGE | TOO_LARGE_1000),
      B(CARRY | TOO_LARGE | TOO_LARGE_1000 | SURROGATE), B(CARRY | TOO_LARGE | TOO_LARGE_1000),
      B(CARRY | TOO_LARGE | TOO_LARGE_1000));
    const __m128i byte_2_high = _mm_setr_epi8(
      TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT,
      B(TOO_LONG | OVERLONG_2 | TWO_CONTS | OVERLONG_3 | TOO_LARGE_1000 | OVERLONG_4),
      B(TOO_LONG | OVERLONG_2 | TWO_CONTS | OVERLONG_3 | TOO_LARGE),
      B(TOO_LONG | OVERLONG_2 | TWO_CONTS | SURROGATE | TOO_LARGE),
      B(TOO_LONG | OVERLONG_2 | TWO_CONTS | SURROGATE | TOO_LARGE),
      TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT);
    __m128i prev1 = BEFORE(input, st->previous, 1);
    __m128i special = _mm_and_si128(
      _mm_and_si128(_mm_shuffle_epi8(byte_1_high, high_nibbles(prev1)),
                    _mm_shuffle_epi8(byte_1_low, _mm_and_si128(prev1, _mm_set1_epi8(0x0F)))),
      _mm_shuffle_epi8(byte_2_high, high_nibbles(input)));
    /* A third byte of 3 or 4, or a fourth of 4, must be a continuation: there
       TWO_CONTS is expected, and the exclusive or clears it. */
    __m128i third = _mm_subs_epu8(BEFORE(input, st->previous, 2), _mm_set1_epi8(B(0xE0 - 0x80)));
    __m128i fourth = _mm_subs_epu8(BEFORE(input, st->previous, 3), _mm_set1_epi8(B(0xF0 - 0x80)));
    __m128i must = _mm_and_si128(_mm_or_si128(third, fourth), _mm_set1_epi8(B(0x80)));
    st->error = _mm_or_si128(st->error, _mm_xor_si128(must, special));
    /* A lead in the last three bytes that needs more than they hold. */
    st->incomplete = _mm_subs_epu8(
      input, _mm_setr_epi8(B(0xFF), B(0xFF), B(0xFF), B(0xFF), B(0xFF), B(0xFF), B(0xFF), B(0xFF), B(0xFF),
                           B(0xFF), B(0xFF), B(0xFF), B(0xFF), B(0xF0 - 1), B(0xE0 - 1), B(0xC0 - 1)));
  }
  st->error = _mm_or_si128(st->error, _mm_cmpeq_epi8(input, _mm_setzero_si128())); /* NUL */
  st->previous = input;
}

SSSE3 static void utf8_run(utf8_state *st, const uint8_t *s, size_t n) {
  size_t i = 0;
  for (; i + 16 <= n; i += 16) utf8_block(st, _mm_loadu_si128((const __m128i *)(s + i)));
  if (i < n) {
    /* The tail, padded with spaces: a sequence cut short by the end is wrong before a space too. */
    uint8_t last[16];
    memset(last, ' ', 16);
    memcpy(last, s + i, n - i);
    utf8_block(st, _mm_loadu_si128((const __m128i *)last));
  }
}

SSSE3 static int utf8_ok(utf8_state *st) {
  __m128i error = _mm_or_si128(st->error, st->incomplete);
  return _mm_movemask_epi8(_mm_cmpeq_epi8(error, _mm_setzero_si128())) == 0xFFFF;
}

static int has_ssse3(void) {
  static int known = -1;
  if (known < 0) known = __builtin_cpu_supports("ssse3") ? 1 : 0;
  return known;
}

long cr_utf8_problem(const uint8_t *s, size_t n) {
  if (has_ssse3()) {
    utf8_state st = {_mm_setzero_si128(), _mm_setzero_si128(), _mm_setzero_si128()};
    utf8_run(&st, s, n);
    if (utf8_ok(&st)) return -1;
  }
  return cr_utf8_problem_bytewise(s, n);
}

/* Copies `n` bytes in pieces that stay in the cache, checking each piece of
   the copy as it goes. A piece ends on a multiple of 16 bytes, so the blocks
   run on as if the text were checked in one go. */
static long copy_checking(uint8_t *to, const uint8_t *from, size_t n) {
  enum { PIECE = 64 * 1024 };
  if (!has_ssse3()) {
    memcpy(to, from, n);
    return cr_utf8_problem_bytewise(to, n);
  }
  utf8_state st = {_mm_setzero_si128(), _mm_setzero_si128(), _mm_setzero_si128()};
  for (size_t at = 0; at < n; at += PIECE) {
    size_t len = n - at < PIECE ? n - at : PIECE;
    memcpy(to + at, from + at, len);
    utf8_run(&st, to + at, len);
  }
  return utf8_ok(&st) ? -1 : cr_utf8_problem_bytewise(to, n);
}
#else
long cr_utf8_problem(const uint8_t *s, size_t n) { return cr_utf8_problem_bytewise(s, n); }

static long copy_checking(uint8_t *to, const uint8_t *from, size_t n) {
  memcpy(to, from, n);
  return cr_utf8_problem_bytewise(to, n);
}
#endif

int cr_detach_pages(void *start, size_t length, long *problem) {
#ifdef __linux__
  /* Copy the pages into anonymous memory, then move that memory over the
     file's mapping in one step: the bytes stay at the same addresses, and no
     longer depend on the file (a private copy-on-write page would not do:
     truncating a file discards those too). The new pages are made in one
     go (MAP_POPULATE), not one fault each. */
  void *copy = mmap(NULL, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
  if (copy == MAP_FAILED) return -1;
  *problem = copy_checking(copy, start, length);
  if (mremap(copy, length, length, MREMAP_MAYMOVE | MREMAP_FIXED, start) == MAP_FAILED) {
    munmap(copy, length);
    return -1;
  }
  return 0;
#else
  (void)start;
  (void)length;
  (void)problem;
  return -1;
#endif
}
