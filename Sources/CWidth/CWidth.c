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
