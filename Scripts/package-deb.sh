#!/usr/bin/env bash
# Builds a Debian package of caseroom with dpkg-deb: the files Scripts/install.sh
# installs, under /usr (the binary stripped, the man pages compressed), and
# the documents Debian asks for. It depends on git, the ncursesw runtime and
# the C libraries the binary links (found by dpkg-shlibdeps when dpkg-dev is
# there). The version is the release and the commit built:
# <release>+git<commit date>.<commit> (".dirty" when the work tree differs).
#
#   Scripts/package-deb.sh [--output DIR]     default: .build-install/
#
# Prints the path of the .deb it made on its last line.
set -euo pipefail
umask 022

repo=$(cd "$(dirname "$0")/.." && pwd)
output="$repo/.build-install"
while [ $# -gt 0 ]; do
  case "$1" in
    --output) [ $# -ge 2 ] || { echo "package-deb.sh: --output needs a folder" >&2; exit 2; }; output=$2; shift 2 ;;
    --output=*) output=${1#*=}; shift ;;
    -h | --help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "package-deb.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
mkdir -p "$output"
output=$(cd "$output" && pwd)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
stage="$work/caseroom"
"$repo/Scripts/install.sh" --prefix /usr --destdir "$stage" >"$work/install.log" || {
  cat "$work/install.log" >&2
  exit 1
}

binary="$stage/usr/bin/caseroom"
helper="$stage/usr/libexec/caseroom/caseroom-documents"
strip --strip-unneeded --remove-section=.comment --remove-section=.note "$binary" "$helper"
gzip -9n "$stage/usr/share/man/man1/caseroom.1" "$stage/usr/share/man/man7/caseroom-keys.7" \
  "$stage/usr/share/man/zh_CN/man1/caseroom.1" "$stage/usr/share/man/zh_CN/man7/caseroom-keys.7"

# --- version and maintainer --------------------------------------------------
# "0.1.0 (commit 0123456789ab)" or "0.1.0 (commit 0123456789ab-dirty)" or "(commit unknown)"
read -r release _ commit <<<"$("$binary" --version | tr -d '()')"
commit=${commit%-dirty}
dirty=""
case "$("$binary" --version)" in *-dirty*) dirty=".dirty" ;; esac
cd "$repo"
if [ "$commit" = unknown ]; then
  version="$release"
else
  version="$release+git$(git log -1 --format=%cd --date=format:%Y%m%d).${commit:0:12}$dirty"
fi
version="$version-1"
maintainer=${DEBFULLNAME:-$(git log -1 --format=%an 2>/dev/null || echo Caseroom)}
email=${DEBEMAIL:-$(git log -1 --format=%ae 2>/dev/null || echo caseroom@localhost)}
arch=$(dpkg --print-architecture)
when=$(git log -1 --format=%cD 2>/dev/null || date -R)

# --- documents ---------------------------------------------------------------
doc="$stage/usr/share/doc/caseroom"
mkdir -p "$doc"
cat >"$doc/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: caseroom
Comment: Caseroom, a terminal application for case-method teaching of Chinese
 cases, built from commit ${commit}. The binary links in the Swift runtime and
 FoundationEssentials (Apache-2.0 with Runtime Library Exception),
 swift-argument-parser (Apache-2.0 with Runtime Library Exception) and Yams
 (MIT). Its helper for .docx and .pdf files, caseroom-documents, links in the
 Swift runtime, Foundation with ICU (Apache-2.0 with Runtime Library Exception;
 ICU: Unicode License) and ZIPFoundation (MIT).

Files: *
Copyright: $(git log -1 --format=%cd --date=format:%Y 2>/dev/null || date +%Y) the Caseroom authors
License: no license has been stated yet; ask the authors before redistributing.
EOF
{
  echo "caseroom ($version) unstable; urgency=medium"
  echo
  echo "  * Built from commit $commit$dirty."
  echo
  echo " -- $maintainer <$email>  $when"
} | gzip -9n >"$doc/changelog.Debian.gz"
# What lintian reports that is so on purpose.
mkdir -p "$stage/usr/share/lintian/overrides"
cat >"$stage/usr/share/lintian/overrides/caseroom" <<EOF
# Yams, the YAML parser of the case format's header, compiles libyaml into the
# binary with the Swift runtime; Debian has no Swift package to depend on instead.
caseroom: embedded-library libyaml [usr/bin/caseroom]
# Linked at a fixed address (Scripts/release-link.sh): 47,000 relocations fewer,
# 0.4 ms less at each start; the libraries, the stack and the heap stay randomised.
caseroom: hardening-no-pie [usr/bin/caseroom]
# A package made for a class's machines, not uploaded to Debian: no ITP bug to close.
caseroom: initial-upload-closes-no-bugs [usr/share/doc/caseroom/changelog.Debian.gz:1]
EOF

# --- control -----------------------------------------------------------------
depends="libc6, libncursesw6, libtinfo6, libstdc++6, libgcc-s1"
if command -v dpkg-shlibdeps >/dev/null 2>&1; then
  mkdir -p "$work/shlibs/debian"
  printf 'Source: caseroom\n\nPackage: caseroom\nArchitecture: any\n' >"$work/shlibs/debian/control"
  found=$(cd "$work/shlibs" && dpkg-shlibdeps -O "$binary" "$helper" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
  [ -n "$found" ] && depends=$found
fi
mkdir -p "$stage/DEBIAN"
cat >"$stage/DEBIAN/control" <<EOF
Package: caseroom
Version: $version
Architecture: $arch
Maintainer: $maintainer <$email>
Installed-Size: $(du -sk --exclude=DEBIAN "$stage" | cut -f1)
Depends: $depends, git
Section: education
Priority: optional
Description: read and discuss Chinese teaching cases in the terminal
 Caseroom (案例研讨室) is a terminal application for case-method teaching.
 Small groups read a Chinese teaching case section by section, write their
 answers to its discussion questions, cite passages and take notes; the
 instructor reviews every group's answers and exports them for presenting.
 It works with no network, over SSH, on any terminal, and lays out Chinese
 text properly. A case, 中国十二金工程, is bundled.
EOF
(cd "$stage" && find usr -type f -print0 | sort -z | xargs -0 md5sum) >"$stage/DEBIAN/md5sums"

deb="$output/caseroom_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
echo "$deb"
