#!/usr/bin/env bash
# Runs every test of Caseroom: formatting, the build, unit and end-to-end tests.
# Installs what the tests need when it is missing (Debian packages), so it
# works on a fresh machine. Usage: Scripts/test.sh [extra `swift test` arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v tmux >/dev/null 2>&1 || need+=(tmux)
[ -e /usr/include/ncursesw/curses.h ] || need+=(libncursesw5-dev)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
locale -a 2>/dev/null | grep -qi '^c\.utf-\?8$' || need+=(locales)
# The HTML export is checked in a real headless browser, with Chinese fonts.
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -d /usr/share/fonts/opentype/noto ] && ls /usr/share/fonts/opentype/noto | grep -qi cjk || need+=(fonts-noto-cjk)
command -v python3 >/dev/null 2>&1 || need+=(python3)
# caseroom import reads a PDF through pdftotext (Tests/CaseroomCLITests/ImportFilesCLITests.swift, the hand-out corpus).
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
# The reader's system calls (start-up reads, writes per frame, wake-ups) are counted with strace.
command -v strace >/dev/null 2>&1 || need+=(strace)
# caseroom sync calls git; the class tests use local bare repositories, and script(1) and
# runuser(1) (util-linux, always there on Debian) to run the reader as other Unix users.
command -v git >/dev/null 2>&1 || need+=(git)
# Sync over SSH (Tests/CaseroomClassTests/SSHTransportTests.swift): a real sshd on
# localhost, the ssh client, ssh-keygen for the instructor's signing key.
[ -x /usr/sbin/sshd ] || need+=(openssh-server)
command -v ssh >/dev/null 2>&1 && command -v ssh-keygen >/dev/null 2>&1 || need+=(openssh-client)
# Installing (Tests/CaseroomCLITests/InstallTests.swift): man pages rendered with
# man -l, completions loaded by zsh and fish, the .deb built and checked by lintian.
command -v man >/dev/null 2>&1 || need+=(man-db)
command -v groff >/dev/null 2>&1 || need+=(groff-base)
command -v zsh >/dev/null 2>&1 || need+=(zsh)
command -v fish >/dev/null 2>&1 || need+=(fish)
command -v strip >/dev/null 2>&1 || need+=(binutils)
command -v dpkg-shlibdeps >/dev/null 2>&1 || need+=(dpkg-dev)
command -v lintian >/dev/null 2>&1 || need+=(lintian)
if [ ${#need[@]} -gt 0 ]; then
  echo "Scripts/test.sh: installing ${need[*]}"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

echo "== swift format lint"
swift format lint --strict --recursive Sources Tests Package.swift

echo "== swift build"
swift build

echo "== swift test"
swift test "$@"
