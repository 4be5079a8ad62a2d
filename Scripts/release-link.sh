#!/usr/bin/env bash
# The link and code generation of the shipped binary (install.sh, bench.sh): what makes it start
# as a C tool does. Prints the flags for `swift build` (PRODUCT: caseroom
# unless named; caseroom-documents, which reads files from anywhere, keeps
# its code at a random address):
#
#     release-link.sh SCRATCH [PRODUCT]   e.g. "-Xlinker -L<SCRATCH>/static-libs -Xswiftc -use-ld=lld -Xlinker --no-export-dynamic -Xlinker --no-pie --disable-local-rpath -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors"
#
# - libstdc++ (the Swift runtime's C++ library) linked in, as the Swift
#   runtime already is (--static-swift-stdlib): the dynamic loader then binds
#   the symbols of libc and ncurses alone at each start (1,666 fewer symbol
#   lookups: 1.6 of the 3.3 million instructions `caseroom --version` took).
#   The archive is linked through a folder with a link to it, searched before
#   the system's folders (a linker takes the first libNAME.so or libNAME.a it
#   finds). ncursesw stays a shared library: Debian's policy forbids
#   embedding it (lintian: embedded-library), and the .deb depends on it.
#   Skipped (a dynamic link, as before) when the archive is missing.
# - LLVM's linker (it comes with Swift) without --export-dynamic: no symbol
#   of the program is exported (nothing loads into it), so the dynamic symbol
#   table is 400 entries instead of 20,000 — a smaller file, and the Swift
#   runtime's start-up `dladdr` no longer walks them.
# - At a fixed address (--no-pie): the Swift runtime's metadata holds
#   47,000 pointers, which the dynamic loader rewrote at every start of a
#   position-independent binary (0.4 ms, and a page fault for each page of
#   data it wrote); at a fixed address there are 400 relocations left. The
#   cost: the program's own code is not placed at a random address (ASLR
#   still places the stack, the heap and the libraries); the .deb says so to
#   lintian (hardening-no-pie). caseroom only: the documents helper parses
#   .docx and .pdf files from anywhere, and its start is not waited for.
#   Packing the relocations instead (RELR, -z pack-relative-relocs) kept the
#   randomness but saved 0.05 ms of the 0.4.
# - No `$ORIGIN` run path (--disable-local-rpath): the Swift libraries are
#   linked in, so nothing is to be found beside the program, and with it the
#   dynamic loader first looked for each of five system libraries in eight
#   folders beside it (40 failed system calls at every start).
# - Type metadata made by direct calls, not from mangled names
#   (-disable-concrete-type-metadata-mangled-name-accessors): by default the
#   compiler makes a generic type's metadata (`[String: Int]`, a tuple) at its
#   first use from a mangled name, which the runtime demangles and whose
#   conformances it looks up by scanning all 4,500 conformance records, once
#   per new type. On opening the 20 MB case that was 1.2 of 7.5 ms of CPU;
#   direct accessors cost 0.2 MB of code. The program's own modules and its
#   packages only: the toolchain's Foundation is built as it is.
set -euo pipefail
mkdir -p "$1"
dir="$(cd "$1" && pwd)/static-libs"
flags=""
cxx=$(command -v clang || command -v gcc || true)
stdcxx=$([ -n "$cxx" ] && "$cxx" -print-file-name=libstdc++.a || true)
if [ -f "$stdcxx" ]; then
  mkdir -p "$dir"
  ln -sf "$stdcxx" "$dir/libstdc++.a"
  flags="-Xlinker -L$dir"
fi
swift=$(command -v swift || true)
if [ -n "$swift" ] && [ -x "$(dirname "$(readlink -f "$swift")")/ld.lld" ]; then
  flags="$flags -Xswiftc -use-ld=lld -Xlinker --no-export-dynamic"
  if [ "${2:-caseroom}" = caseroom ]; then flags="$flags -Xlinker --no-pie"; fi
fi
flags="$flags --disable-local-rpath -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors"
echo "$flags"
