#define _GNU_SOURCE
#include "CWidth.h"

#include <langinfo.h>
#include <locale.h>
#include <pthread.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <wchar.h>

static int utf8_ready = 0;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static int codeset_is_utf8(void) {
  const char *cs = nl_langinfo(CODESET);
  return cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

static void setup(void) {
  /* Keep whatever the program already chose if it is UTF-8. */
  if (codeset_is_utf8()) { utf8_ready = 1; return; }
  if (setlocale(LC_CTYPE, "") != NULL && codeset_is_utf8()) { utf8_ready = 1; return; }
  const char *fallbacks[] = {"C.UTF-8", "C.utf8", "en_US.UTF-8", NULL};
  for (int i = 0; fallbacks[i] != NULL; i++) {
    if (setlocale(LC_CTYPE, fallbacks[i]) != NULL && codeset_is_utf8()) { utf8_ready = 1; return; }
  }
  utf8_ready = 0;
}

int cr_ensure_utf8_ctype(void) {
  pthread_once(&once, setup);
  return utf8_ready;
}

int cr_wcwidth(uint32_t scalar) {
  return wcwidth((wchar_t)scalar);
}

/* Widths of BMP scalars as first asked for, stored as width + 2 (0: not yet).
   Each entry is written whole, with the same value by whichever thread
   computes it first. */
static signed char bmp_widths[0x10000];

int cr_wcwidth_bmp(uint32_t scalar) {
  if (scalar > 0xFFFF) return cr_wcwidth(scalar);
  signed char known = __atomic_load_n(&bmp_widths[scalar], __ATOMIC_RELAXED);
  if (known != 0) return known - 2;
  pthread_once(&once, setup);
  int w = (scalar >= 0xD800 && scalar <= 0xDFFF) ? -1 : wcwidth((wchar_t)scalar);
  if (w < -1) w = -1;
  if (w > 2) w = 2;
  __atomic_store_n(&bmp_widths[scalar], (signed char)(w + 2), __ATOMIC_RELAXED);
  return w;
}


int cr_detach_pages(void *start, size_t length) {
#ifdef __linux__
  /* Copy the pages into anonymous memory, then move that memory over the
     file's mapping in one step: the bytes stay at the same addresses, and no
     longer depend on the file (a private copy-on-write page would not do:
     truncating a file discards those too). */
  void *copy = mmap(NULL, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (copy == MAP_FAILED) return -1;
  memcpy(copy, start, length);
  if (mremap(copy, length, length, MREMAP_MAYMOVE | MREMAP_FIXED, start) == MAP_FAILED) {
    munmap(copy, length);
    return -1;
  }
  return 0;
#else
  (void)start;
  (void)length;
  return -1;
#endif
}

long cr_utf8_problem(const uint8_t *s, size_t n) {
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
