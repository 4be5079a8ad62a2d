#!/usr/bin/env python3
"""Whole-process timings for Scripts/bench.sh: caseroom against wc -m and less
on the same 20 MB file, and the reader's first screen in a real terminal (tmux).
Prints Markdown table rows."""
import os, statistics, subprocess, sys, time

bin_, data = sys.argv[1], sys.argv[2]
big = os.path.join(data, "big.case.md")
raw = os.path.join(data, "big-raw.txt")
rows = []

def timed(cmd, runs=5):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - t)
    times.sort()
    return statistics.median(times), times[-1]

def row(name, m, worst, note=""):
    rows.append(f"| {name} | {m*1000:.0f} ms | {worst*1000:.0f} ms | {note} |")
    return m

wc = row("wc -m BIG (decoding the text)", *timed(["wc", "-m", big]))
s1 = row("caseroom show BIG --section 1 --width 80", *timed([bin_, "show", big, "--section", "1", "--width", "80"]))
sa = row("caseroom show BIG --section all --width 80", *timed([bin_, "show", big, "--section", "all", "--width", "80"], 3))
se = row("caseroom search BIG 金盾", *timed([bin_, "search", big, "金盾"], 3))
im = row("caseroom import BIG-RAW (20 MB raw text)", *timed([bin_, "import", raw, "--id", "big"], 3))
# A 20 MB .docx (20 MB of document.xml, 4,400 headings, a picture): the helper caseroom-documents
# (beside caseroom) reads it, caseroom imports it. On a shared machine the wall time depends on the
# load, so the CPU time of both processes is given beside it.
docx = os.path.join(data, "big.docx")
if os.path.exists(docx):
    def cpu(cmd, runs=3):
        out = []
        for _ in range(runs):
            before = os.times()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            after = os.times()
            out.append(after.children_user + after.children_system - before.children_user - before.children_system)
        return statistics.median(out)
    load = os.getloadavg()[0]
    dm, dw = timed([bin_, "import", docx, "--id", "big"], 3)
    row("caseroom import BIG.docx (20 MB document.xml, helper included)", dm, dw,
        f"CPU {cpu([bin_, 'import', docx, '--id', 'big']) * 1000:.0f} ms (both processes); load average {load:.1f}; target 3 s")
rows.append(f"| ratio show --section 1 / wc -m | {s1/wc:.1f}× | | budget ≤ 1× |")

# First screen in a real terminal: less +G and caseroom on the same file, timed until
# the file's last words are on the screen.
sock = f"bench-{os.getpid()}"
T = ["tmux", "-L", sock]
env = f"env -i HOME={data} PATH=/usr/bin:/bin TERM=screen-256color LANG=C.UTF-8 XDG_STATE_HOME={data}/state"
subprocess.run(T + ["-f", "/dev/null", "new-session", "-d", "-s", "m", "-x", "100", "-y", "30", env + " bash --norc"], check=True)
time.sleep(0.5)

def cap():
    # The screen as one string without blanks: a phrase wrapped over two lines still matches.
    text = subprocess.run(T + ["capture-pane", "-p", "-t", "m"], capture_output=True, text=True).stdout
    return "".join(text.split()).replace("\u3000", "")

def first_screen(cmd, marker, quit_key="q", runs=5, before=lambda: None):
    times, rss = [], 0
    for _ in range(runs):
        before()
        subprocess.run(T + ["send-keys", "-t", "m", "clear", "Enter"]); time.sleep(0.3)
        t = time.perf_counter()
        subprocess.run(T + ["send-keys", "-t", "m", cmd, "Enter"])
        while marker not in cap():
            if time.perf_counter() - t > 30: break
        times.append(time.perf_counter() - t)
        try:
            shell = subprocess.run(T + ["display-message", "-p", "-t", "m", "#{pane_pid}"], capture_output=True, text=True).stdout.strip()
            child = open(f"/proc/{shell}/task/{shell}/children").read().split()[0]
            for line in open(f"/proc/{child}/status"):
                if line.startswith("VmHWM"): rss = max(rss, int(line.split()[1]))
        except Exception:
            pass
        if quit_key: subprocess.run(T + ["send-keys", "-t", "m", quit_key])
        time.sleep(0.4)
    times.sort()
    return statistics.median(times), times[-1], rss

marker = "3．你认为当前我国"
index = os.path.join(data, ".cache", "caseroom", "index")
def forget_index():
    subprocess.run(["rm", "-rf", index])
lm, lw, _ = first_screen(f"less +G {big}", marker)
fm, fw, _ = first_screen(f"{bin_} read {big} --section last --no-group", marker, before=forget_index)
cm, cw, rss = first_screen(f"{bin_} read {big} --section last --no-group", marker)
bundled = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "Cases", "twelve-golden-projects.case.md")
sm, sw, _ = first_screen(f"{bin_} read {bundled} --section last --no-group", "讲述要点，点评发言")
em, ew, _ = first_screen("printf '\\x74hree words shown\\n'", "threewordsshown", quit_key="")
subprocess.run(T + ["kill-server"])
row("the harness alone: echo, until its words are on screen (tmux)", em, ew)
row("less +G BIG, until its last line is on screen (tmux)", lm, lw)
row("caseroom read BIG --section last, first open (no index yet)", fm, fw)
row("caseroom read BIG --section last, again (index kept)", cm, cw, "the budgeted figure")
row("caseroom read on the bundled case (24 KB) at its last section", sm, sw, "the program's own floor")
rows.append(f"| ratio caseroom / less +G | {cm/lm:.1f}× | | target ≤ 1.5× |")
rows.append(f"| ratio caseroom / less +G, the harness's own time taken off both | {(cm-em)/max(lm-em, 1e-4):.1f}× | | |")
size = os.path.getsize(big)
rows.append(f"| peak RSS of the reader on BIG ({size/1e6:.1f} MB) | {rss/1024:.0f} MB | | {rss*1024/size:.1f}× the file; budget ≤ 8× |")
print("\n".join(rows))
