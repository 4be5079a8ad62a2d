#define _GNU_SOURCE
#include "CWidth.h"

#include <langinfo.h>
#include <locale.h>
#include <pthread.h>
#include <string.h>
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


void cr_detach_pages(void *start, size_t length) {
  long page = sysconf(_SC_PAGESIZE);
  if (page <= 0) page = 4096;
  volatile unsigned char *p = (volatile unsigned char *)start;
  for (size_t i = 0; i < length; i += (size_t)page) p[i] = p[i];
}

long cr_utf8_problem(const uint8_t *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    /* Eight ASCII bytes at a time. */
    while (i + 8 <= n) {
      uint64_t w;
      memcpy(&w, s + i, 8);
      if ((w & 0x8080808080808080ULL) != 0) break;
      /* A NUL byte among the eight? */
      if (((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL) != 0) break;
      i += 8;
    }
    if (i >= n) break;
    uint8_t c = s[i];
    if (c == 0) return (long)i;
    if (c < 0x80) { i++; continue; }
    size_t len;
    uint32_t min;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; min = 0x10000; }
    else return (long)i;
    if (i + len > n) return (long)i;
    for (size_t k = 1; k < len; k++) {
      uint8_t d = s[i + k];
      if ((d & 0xC0) != 0x80) return (long)i;
      cp = (cp << 6) | (d & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return (long)i;
    i += len;
  }
  return -1;
}
