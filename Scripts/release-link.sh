#!/usr/bin/env bash
# The link of the shipped binary (install.sh, bench.sh): what makes it start
# as a C tool does. Prints the flags for `swift build`:
#
#     release-link.sh SCRATCH   e.g. "-Xlinker -L<SCRATCH>/static-libs -Xswiftc -use-ld=lld -Xlinker --no-export-dynamic"
#
# - libstdc++ (the Swift runtime's C++ library) and ncursesw with its
#   terminfo library linked in, as the Swift runtime already is
#   (--static-swift-stdlib): the dynamic loader then binds libc's symbols
#   alone at each start (~2,200 fewer symbol lookups: 2 of the 3.3 million
#   instructions `caseroom --version` took). The archives are linked through
#   a folder of links to them, searched before the system's folders (a
#   linker takes the first libNAME.so or libNAME.a it finds); the folder has
#   an ncursesw.pc of its own naming it, for SwiftPM's pkg-config look-up of
#   CNcursesw: the caller puts the folder first in PKG_CONFIG_PATH.
#   Skipped (a dynamic link, as before) when an archive is missing.
# - LLVM's linker (it comes with Swift) without --export-dynamic: no symbol
#   of the program is exported (nothing loads into it), so the dynamic symbol
#   table is 400 entries instead of 20,000 — a smaller file, and the Swift
#   runtime's start-up `dladdr` no longer walks them.
set -euo pipefail
mkdir -p "$1"
dir="$(cd "$1" && pwd)/static-libs"
flags=""
cxx=$(command -v clang || command -v gcc || true)
stdcxx=$([ -n "$cxx" ] && "$cxx" -print-file-name=libstdc++.a || true)
libdir=$(pkg-config --variable=libdir ncursesw 2>/dev/null || echo /usr/lib/x86_64-linux-gnu)
if [ -f "$stdcxx" ] && [ -f "$libdir/libncursesw.a" ] && [ -f "$libdir/libtinfo.a" ]; then
  mkdir -p "$dir"
  ln -sf "$stdcxx" "$dir/libstdc++.a"
  ln -sf "$libdir/libncursesw.a" "$dir/libncursesw.a"
  ln -sf "$libdir/libtinfo.a" "$dir/libtinfo.a"
  cat >"$dir/ncursesw.pc" <<PC
Name: ncursesw
Description: ncursesw and its terminfo library, linked in (Scripts/release-link.sh)
Version: $(pkg-config --modversion ncursesw 2>/dev/null || echo 6)
Libs: -L$dir -lncursesw -ltinfo
Cflags: $(pkg-config --cflags ncursesw 2>/dev/null)
PC
  flags="-Xlinker -L$dir"
fi
swift=$(command -v swift || true)
if [ -n "$swift" ] && [ -x "$(dirname "$(readlink -f "$swift")")/ld.lld" ]; then
  flags="$flags -Xswiftc -use-ld=lld -Xlinker --no-export-dynamic"
fi
echo "$flags"
