#!/usr/bin/env bash
# Times `caseroom sync` of a class of 50 groups over SSH on loopback (a real
# sshd started here on a port of its own, stopped at the end) and over a
# path: nothing changed (target ≤ 0.5 s) and one group changed (≤ 1 s), here
# or on another laptop (received and merged under the group's write lock).
# Usage: Scripts/bench-sync.sh [path/to/caseroom]   (default: the release
# build if there is one, else the debug build). Needs root for sshd.
set -euo pipefail
cd "$(dirname "$0")/.."
CR="${1:-}"
if [ -z "$CR" ]; then
  if [ -x .build/release/caseroom ]; then CR=$PWD/.build/release/caseroom; else CR=$PWD/.build/debug/caseroom; fi
fi
GROUPS_N=50
RUNS=7
work=$(mktemp -d /tmp/caseroom-bench-sync.XXXXXX)
sshd_pid=""
cleanup() {
  # The shared SSH connection (if any) ends with the server.
  ssh -o ControlPath="$HOME/.ssh/cr-%C" -p "${port:-22}" -O exit "$(id -un)@127.0.0.1" 2>/dev/null || true
  [ -n "$sshd_pid" ] && kill "$sshd_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
export HOME=$work/home GIT_CONFIG_NOSYSTEM=1 CASEROOM_MEMBER=bench
mkdir -p "$HOME"

# The class repository (guarded, signed) and the instructor's clone.
"$CR" class init "$work/instructor" --git-server "$work/class.git" >/dev/null

# A real sshd on 127.0.0.1 for this user, with a key of its own.
port=$((22000 + $$ % 5000))
ssh-keygen -q -t ed25519 -N "" -f "$work/host_key"
ssh-keygen -q -t ed25519 -N "" -f "$work/client_key"
mkdir -p /run/sshd
cat >"$work/sshd_config" <<CONF
Port $port
ListenAddress 127.0.0.1
HostKey $work/host_key
PidFile $work/sshd.pid
AuthorizedKeysFile $work/client_key.pub
StrictModes no
UsePAM no
PasswordAuthentication no
PermitRootLogin prohibit-password
AllowUsers $(id -un)
CONF
/usr/sbin/sshd -f "$work/sshd_config" -E "$work/sshd.log"
for _ in $(seq 50); do grep -q "Server listening" "$work/sshd.log" 2>/dev/null && break; sleep 0.1; done
sshd_pid=$(cat "$work/sshd.pid")
# caseroom's own SSH command (one shared connection, ~/.ssh/cr-%C), with this server's port and key.
mkdir -m 700 -p "$HOME/.ssh"
shared="-o ControlMaster=auto -o ControlPath=$HOME/.ssh/cr-%C -o ControlPersist=600"
plain="ssh -p $port -i $work/client_key -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR"
export GIT_SSH_COMMAND="$plain $shared"

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# 50 groups' sessions (one answer each), or one group's answer changed.
write_sessions() { # folder count [changed-group] [text]
  python3 - "$@" <<'PY'
import json, sys
folder, n = sys.argv[1], int(sys.argv[2])
only = int(sys.argv[3]) if len(sys.argv) > 3 else None
qs = ["你所在单位的电子政务系统属于其中的哪一个工程？实施情况如何？",
      "十二金工程的发展与我国电子政务的发展趋势是否相吻合？你认为其发展还有哪些需要改进之处？",
      "你认为当前我国电子政务的发展哪些方面亟需加强？有哪些问题？该如何解决？"]
for i in range(1, n + 1):
    if only is not None and i != only: continue
    text = sys.argv[4] if only is not None else "第%d组的回答：金税工程是核心。" % i
    s = {"annotations": [], "answers": [{"citations": [], "question": q, "text": text if k == 0 else ""} for k, q in enumerate(qs)],
         "caseHash": "03503e570e3d5ca5", "caseId": "twelve-golden-projects", "createdAt": "2027-01-15T08:00:00Z",
         "group": {"members": ["张三"], "name": "第%d组" % i}, "marks": {}, "reading": {}, "revision": 1,
         "schema": "caseroom.session/1", "updatedAt": "2027-01-15T08:00:00Z"}
    with open("%s/bench-%d.session.json" % (folder, i), "w") as f: json.dump(s, f, ensure_ascii=False, indent=2)
PY
}

bench() { # label url
  local label=$1 url=$2 clone=$work/clone-$1
  git clone -q "$url" "$clone"
  write_sessions "$clone/sessions" "$GROUPS_N"
  "$CR" sync --class "$clone" >/dev/null
  local quiet=() one=()
  local before=$(git -C "$clone" rev-list --count HEAD)
  for r in $(seq "$RUNS"); do
    local t=$(date +%s%N)
    "$CR" sync --class "$clone" >/dev/null
    quiet+=("$(ms "$t")")
  done
  local after=$(git -C "$clone" rev-list --count HEAD)
  for r in $(seq "$RUNS"); do
    write_sessions "$clone/sessions" "$GROUPS_N" 7 "第7组改了第 $r 次。"
    local t=$(date +%s%N)
    "$CR" sync --class "$clone" >/dev/null
    one+=("$(ms "$t")")
  done
  # One group changed by another laptop: received and merged (git writes it under the group's write lock).
  local other=$work/other-$label theirs=()
  git clone -q "$url" "$other"
  for r in $(seq "$RUNS"); do
    write_sessions "$other/sessions" "$GROUPS_N" 9 "第9组在另一台电脑上改了第 $r 次。"
    "$CR" sync --class "$other" >/dev/null
    local t=$(date +%s%N)
    "$CR" sync --class "$clone" >/dev/null
    theirs+=("$(ms "$t")")
  done
  printf '%-5s %d groups: nothing changed %s ms median (runs %s), commits made %d; one group changed %s ms median (runs %s); one group from another laptop %s ms median (runs %s)\n' \
    "$label" "$GROUPS_N" "$(printf '%s\n' "${quiet[@]}" | median)" "${quiet[*]}" $((after - before)) \
    "$(printf '%s\n' "${one[@]}" | median)" "${one[*]}" "$(printf '%s\n' "${theirs[@]}" | median)" "${theirs[*]}"
}

echo "caseroom: $CR"
t=$(date +%s%N); $plain "$(id -un)@127.0.0.1" true; echo "a new SSH connection (ssh … true): $(ms "$t") ms"
cold=$work/cold
GIT_SSH_COMMAND="$plain" git clone -q "ssh://$(id -un)@127.0.0.1:$port$work/class.git" "$cold"
t=$(date +%s%N); "$CR" sync --class "$cold" >/dev/null; echo "the first sync (a new SSH connection, then kept): $(ms "$t") ms"
bench ssh "ssh://$(id -un)@127.0.0.1:$port$work/class.git"
bench path "$work/class.git"
