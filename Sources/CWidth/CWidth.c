#define _GNU_SOURCE
#include "CWidth.h"

#include <langinfo.h>
#include <locale.h>
#include <pthread.h>
#include <string.h>
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
