#!/usr/bin/env bash
# The linker flags that link libstdc++ (the Swift runtime's C++ library) and
# ncursesw with its terminfo library into caseroom, as the Swift runtime
# already is (--static-swift-stdlib). The dynamic loader then binds the
# symbols of libc alone at each start: ~2,200 fewer symbol lookups, 2.5 of
# the 3.3 million instructions `caseroom --version` took. The archives are
# linked through a folder of links to them, searched before the system's
# folders (ld takes the first libNAME.so or libNAME.a it finds).
#
#     static-libs.sh SCRATCH   prints "-Xlinker -L<SCRATCH>/static-libs", or nothing
#
# Prints nothing (a dynamic link, as before) when an archive is missing.
set -euo pipefail
mkdir -p "$1"
dir="$(cd "$1" && pwd)/static-libs"
cxx=$(command -v clang || command -v gcc || true)
stdcxx=$([ -n "$cxx" ] && "$cxx" -print-file-name=libstdc++.a || true)
libdir=$(pkg-config --variable=libdir ncursesw 2>/dev/null || echo /usr/lib/x86_64-linux-gnu)
for a in "$stdcxx" "$libdir/libncursesw.a" "$libdir/libtinfo.a"; do
  [ -f "$a" ] || exit 0
done
mkdir -p "$dir"
ln -sf "$stdcxx" "$dir/libstdc++.a"
ln -sf "$libdir/libncursesw.a" "$dir/libncursesw.a"
ln -sf "$libdir/libtinfo.a" "$dir/libtinfo.a"
echo "-Xlinker -L$dir"
