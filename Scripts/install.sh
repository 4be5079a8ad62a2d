#!/usr/bin/env bash
# Installs caseroom like any other command-line tool, or removes it again.
#
#   Scripts/install.sh [--prefix DIR]              build and install
#   Scripts/install.sh [--prefix DIR] --uninstall  remove exactly what was installed
#
# The prefix defaults to /usr/local as root, ~/.local otherwise. It builds a
# release with the Swift runtime linked in (in .build-install/, apart from the
# everyday .build/; a few minutes the first time on two cores, seconds after)
# and installs:
#   bin/caseroom
#   libexec/caseroom/caseroom-documents                reads .docx and .pdf for `caseroom import` (it needs
#                                                      Foundation and ICU, which stay out of bin/caseroom)
#   share/caseroom/cases/*.case.md                     the bundled cases (found beside bin/)
#   share/man/man1/caseroom.1                          from the command definitions (caseroom manual)
#   share/man/zh_CN/man1/caseroom.1                    the same in Chinese (man shows it in a zh_CN locale)
#   share/man/man7/caseroom-keys.7                     from the keymaps (caseroom keys --man)
#   share/man/zh_CN/man7/caseroom-keys.7               the same in Chinese (man shows it in a zh_CN locale)
#   share/bash-completion/completions/caseroom         bash
#   share/zsh/site-functions/_caseroom                 zsh (share/zsh/vendor-completions under /usr)
#   share/fish/vendor_completions.d/caseroom.fish      fish
#   share/caseroom/install-manifest                    what was installed, for --uninstall
#
# --destdir DIR puts the files under DIR/PREFIX and keeps no manifest (for
# packaging: Scripts/package-deb.sh). CASEROOM_BUILD_DIR chooses another
# build folder.
set -euo pipefail

usage() { sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; }

prefix=""
destdir=""
uninstall=0
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || { usage >&2; exit 2; }; prefix=$2; shift 2 ;;
    --prefix=*) prefix=${1#*=}; shift ;;
    --destdir) [ $# -ge 2 ] || { usage >&2; exit 2; }; destdir=$2; shift 2 ;;
    --destdir=*) destdir=${1#*=}; shift ;;
    --uninstall) uninstall=1; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "install.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

if [ -z "$prefix" ]; then
  if [ "$(id -u)" = 0 ]; then prefix=/usr/local; else prefix="$HOME/.local"; fi
fi
case "$prefix" in /*) ;; *) prefix="$PWD/$prefix" ;; esac
prefix=${prefix%/}
[ -n "$prefix" ] || { echo "install.sh: the prefix cannot be /" >&2; exit 2; }
if [ -n "$destdir" ]; then
  case "$destdir" in /*) ;; *) destdir="$PWD/$destdir" ;; esac
  destdir=${destdir%/}
fi
root="$destdir$prefix"                             # where files are written
manifest="$root/share/caseroom/install-manifest"   # lines "d DIR" and "f FILE", relative to the prefix

# --- uninstall ---------------------------------------------------------------
if [ "$uninstall" = 1 ]; then
  [ -f "$manifest" ] || { echo "install.sh: nothing to remove: no $manifest" >&2; exit 1; }
  dirs=()
  while IFS=' ' read -r kind path; do
    case "$kind" in
      f) rm -f -- "$root/$path" && echo "removed $root/$path" ;;
      d) dirs+=("$path") ;;
    esac
  done <"$manifest"
  rm -f -- "$manifest"
  # Folders it made, deepest first, when nothing else was put in them since
  # ("." is the prefix itself, ".." its parent…, when install.sh made them).
  for ((i = ${#dirs[@]} - 1; i >= 0; i--)); do
    d=${dirs[i]}
    case "$d" in
      . | .. | ../*)
        target=$root
        while [ "$d" != . ] && [ -n "$d" ]; do target=$(dirname "$target"); d=${d#..}; d=${d#/}; done
        ;;
      *) target="$root/$d" ;;
    esac
    rmdir -- "$target" 2>/dev/null || true
  done
  echo "caseroom removed from $prefix"
  exit 0
fi

# --- build -------------------------------------------------------------------
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
scratch=${CASEROOM_BUILD_DIR:-$repo/.build-install}
# The man pages carry the date of the commit built, so that they are the same for the same commit.
date=$(git log -1 --format=%cs 2>/dev/null || date +%F)

echo "building caseroom (release, Swift runtime linked in) in $scratch: a few minutes the first time"
mkdir -p "$scratch"
# Linked as Scripts/release-link.sh says: libstdc++ in it, no symbol exported,
# caseroom at a fixed address.
for product in caseroom caseroom-documents; do
  link_flags=$(Scripts/release-link.sh "$scratch" "$product")
  # shellcheck disable=SC2086 # the flags are words
  swift build --scratch-path "$scratch" -c release --static-swift-stdlib $link_flags --product "$product" \
    >"$scratch/build.log" 2>&1 || {
    cat "$scratch/build.log" >&2
    exit 1
  }
done
binary="$scratch/release/caseroom"
helper="$scratch/release/caseroom-documents"

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
# Stripped as the Debian package strips it (package-deb.sh): no DWARF, no
# symbol table (a third of the file: 9 MB of Swift's mangled names). A
# crash's backtrace is symbolicated by the Swift toolchain's swift-backtrace,
# which a user's machine does not have; a developer has the build's own
# binary, symbols and all, in $scratch/release.
if command -v strip >/dev/null 2>&1; then
  strip --strip-unneeded --remove-section=.comment --remove-section=.note -o "$staging/caseroom" "$binary"
  binary="$staging/caseroom"
  strip --strip-unneeded --remove-section=.comment --remove-section=.note -o "$staging/caseroom-documents" "$helper"
  helper="$staging/caseroom-documents"
fi
# caseroom(1) is written by the program from its own command definitions
# (--experimental-dump-help), in English and in Chinese: swift-argument-parser's
# generate-manual keeps only the ASCII of help texts.
"$binary" manual --lang en --date "$date" >"$staging/caseroom.1"
"$binary" manual --lang zh --date "$date" >"$staging/caseroom.zh.1"
"$binary" keys --man --lang en --date "$date" >"$staging/caseroom-keys.7"
"$binary" keys --man --lang zh --date "$date" >"$staging/caseroom-keys.zh.7"
for shell in bash zsh fish; do "$binary" --generate-completion-script "$shell" >"$staging/completion.$shell"; done
# bash sources its completions: the generated #!/bin/bash line means nothing there.
sed -i '1{/^#!/d}' "$staging/completion.bash"

# --- install -----------------------------------------------------------------
zsh_dir=share/zsh/site-functions
[ "$prefix" = /usr ] && zsh_dir=share/zsh/vendor-completions

old_dirs=()
old_files=()
if [ -z "$destdir" ] && [ -f "$manifest" ]; then
  while IFS=' ' read -r kind path; do
    case "$kind" in d) old_dirs+=("$path") ;; f) old_files+=("$path") ;; esac
  done <"$manifest"
fi
new_dirs=()
new_files=()

# Makes the folders of a path one by one, remembering those it made.
make_dirs() {
  local rel=$1 sofar="" part
  local IFS=/
  for part in $rel; do
    sofar=${sofar:+$sofar/}$part
    if [ ! -d "$root/$sofar" ]; then
      mkdir -- "$root/$sofar"
      new_dirs+=("$sofar")
    fi
  done
}

# put MODE SOURCE DEST (DEST relative to the prefix)
put() {
  make_dirs "$(dirname "$3")"
  install -m "$1" -- "$2" "$root/$3"
  new_files+=("$3")
}

if [ ! -d "$root" ]; then
  # The prefix and those of its parents that are missing: "..", ".", top first.
  missing=()
  up=.
  d=$root
  while [ ! -d "$d" ]; do
    missing=("$up" "${missing[@]}")
    if [ "$up" = . ]; then up=..; else up="$up/.."; fi
    d=$(dirname "$d")
  done
  mkdir -p -- "$root"
  [ -n "$destdir" ] || new_dirs+=("${missing[@]}")
fi
put 0755 "$binary" bin/caseroom
put 0755 "$helper" libexec/caseroom/caseroom-documents
for c in Cases/*.case.md; do put 0644 "$c" "share/caseroom/cases/$(basename "$c")"; done
put 0644 "$staging/caseroom.1" share/man/man1/caseroom.1
put 0644 "$staging/caseroom.zh.1" share/man/zh_CN/man1/caseroom.1
put 0644 "$staging/caseroom-keys.7" share/man/man7/caseroom-keys.7
put 0644 "$staging/caseroom-keys.zh.7" share/man/zh_CN/man7/caseroom-keys.7
put 0644 "$staging/completion.bash" share/bash-completion/completions/caseroom
put 0644 "$staging/completion.zsh" "$zsh_dir/_caseroom"
put 0644 "$staging/completion.fish" share/fish/vendor_completions.d/caseroom.fish

if [ -z "$destdir" ]; then
  # Files of an earlier install that this one no longer has.
  for f in "${old_files[@]}"; do
    keep=0
    for g in "${new_files[@]}"; do [ "$f" = "$g" ] && keep=1 && break; done
    [ "$keep" = 1 ] || rm -f -- "$root/$f"
  done
  make_dirs share/caseroom
  {
    # In the order they were made, so that --uninstall removes them in reverse.
    for d in "${old_dirs[@]}" "${new_dirs[@]}"; do echo "d $d"; done
    for f in "${new_files[@]}"; do echo "f $f"; done
  } | awk '!seen[$0]++' >"$manifest"
fi

echo "installed $("$root/bin/caseroom" --version | sed 's/^/caseroom /') in $prefix:"
for f in "${new_files[@]}"; do echo "  $prefix/$f"; done
[ -z "$destdir" ] && echo "  $prefix/share/caseroom/install-manifest (for --uninstall)"
if [ -z "$destdir" ]; then
  case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "note: $prefix/bin is not in PATH: add it to use 'caseroom'" ;; esac
  if [ "$prefix" != /usr ] && [ "$prefix" != /usr/local ]; then
    echo "note: zsh finds the completion once $prefix/$zsh_dir is in fpath (fpath+=($prefix/$zsh_dir) before compinit)"
  fi
fi
