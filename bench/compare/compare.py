#!/usr/bin/env python3
"""Vademecum against Hugo on the same synthetic corpus, alternated in one run (shared machines are noisy: the
ratio holds where an absolute time does not).

    bench/compare/run.sh build [--pages 1000] [--runs 3]   whole-process build: wall, CPU, peak memory, ratios
                         [--peer-pages M]               Hugo builds M pages instead (Vademecum's fixed cost: --pages 10)
    bench/compare/run.sh warm [--pages 1000] [--runs 5]    builds in one warmed-up JVM (no start-up, no JIT warm-up)
    bench/compare/run.sh serve [--pages 1000] [--edits 10] edit-to-served time of each dev server (median)
    bench/compare/run.sh against REV [--pages 1000] [--runs 10]
                                                           this checkout's build against revision REV's, in pairs

The corpus comes from ../shared/bench/gen_corpus.py (or $GEN_CORPUS), --tool vademecum and --tool hugo, cached under
target/bench-corpus/. Vademecum runs as the README runs it (bin/vademecum when present, else java -jar); Hugo is
Debian's `hugo` package (skipped, with a note, when it is not installed). Stdlib only.
"""
import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
# ../shared beside the repository; from a git worktree, beside the main checkout (the common git folder's parent).
GEN = os.environ.get("GEN_CORPUS") or next(
    (p for p in (os.path.join(ROOT, "..", "shared", "bench", "gen_corpus.py"),
                 os.path.join(os.path.dirname(subprocess.run(
                     ["git", "-C", ROOT, "rev-parse", "--path-format=absolute", "--git-common-dir"],
                     capture_output=True, text=True).stdout.strip()), "..", "shared", "bench", "gen_corpus.py"))
     if os.path.exists(p)), os.path.join(ROOT, "..", "shared", "bench", "gen_corpus.py"))


def corpus(tool, pages):
    out = os.path.join(ROOT, "target", "bench-corpus", "%s-%d" % (tool, pages))
    if not os.path.isdir(out):
        subprocess.run([sys.executable, GEN, "--tool", tool, "--pages", str(pages), "--out", out, "--force"],
                       check=True, stdout=subprocess.DEVNULL)
    return out


def vademecum_command():
    launcher = os.path.join(ROOT, "bin", "vademecum")
    if os.access(launcher, os.X_OK):
        return [launcher]
    jar = os.path.join(ROOT, "target", "vademecum.jar")
    if not os.path.exists(jar):
        subprocess.run(["mvn", "-B", "-q", "package", "-DskipTests"], cwd=ROOT, check=True)
    return ["java", "-jar", jar]


def timed(cmd, cwd):
    """Runs cmd under GNU time; returns (wall s, CPU s, peak RSS MB)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as t:
        start = time.perf_counter()
        subprocess.run(["/usr/bin/time", "-f", "%U %S %M", "-o", t.name] + cmd, cwd=cwd, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - start
        user, system, rss_kb = t.read().split()[-3:]
    return wall, float(user) + float(system), int(rss_kb) / 1024


def alternate(commands, runs):
    """Runs each command once untimed (file cache, first-build folders), then runs times each, the order reversing
    at every round; returns {name: [(wall, CPU, peak MB), ...]}."""
    order = list(commands)
    for name in order:
        timed(commands[name], ROOT)
    results = {name: [] for name in order}
    for run in range(runs):
        for name in (order if run % 2 == 0 else order[::-1]):
            results[name].append(timed(commands[name], ROOT))
    return results


def medians(results):
    """Prints each command's medians and walls; returns {name: [wall, CPU, peak MB] medians}."""
    med = {}
    for name, rows in results.items():
        med[name] = [statistics.median(col) for col in zip(*rows)]
        print("  %-9s wall %6.2f s   CPU %6.2f s   peak %6.0f MB   (walls: %s)" % (
            name, med[name][0], med[name][1], med[name][2], " ".join("%.2f" % r[0] for r in rows)))
    return med


def build(args):
    tools = {"vademecum": (corpus("vademecum", args.pages), None)}
    peer_pages = args.peer_pages or args.pages
    if shutil.which("hugo"):
        tools["hugo"] = (corpus("hugo", peer_pages), None)
    else:
        print("hugo is not installed (apt-get install hugo): Vademecum alone")
    out_root = tempfile.mkdtemp(prefix="bench-out-")
    commands = {
        "vademecum": vademecum_command() + ["build", "--project", tools["vademecum"][0], "--out",
                                            os.path.join(out_root, "vademecum")],
        "hugo": ["hugo", "--quiet", "--source", tools.get("hugo", ("", None))[0], "--destination",
                 os.path.join(out_root, "hugo")],
    }
    results = alternate({t: commands[t] for t in tools}, args.runs)
    shutil.rmtree(out_root, ignore_errors=True)
    print("%d pages%s, %d runs each, alternated; cores: %d; load: %s" % (
        args.pages, "" if peer_pages == args.pages else " (Hugo: %d pages)" % peer_pages, args.runs, os.cpu_count(),
        open("/proc/loadavg").read().split()[:3]))
    med = medians(results)
    if "hugo" in med:
        v, h = med["vademecum"], med["hugo"]
        print("  ratio vademecum/hugo: wall %.2f   CPU %.2f   peak memory %.2f" % (v[0] / h[0], v[1] / h[1], v[2] / h[2]))


def against(args):
    """This checkout's Vademecum against the one of git revision args.rev, on the same corpus, in pairs run back
    to back (their order alternating). The machine's load drifts over minutes, so besides medians this counts the
    pairs that the current build won: a change is real when it wins most pairs, not when a median moves by less
    than the spread."""
    rev = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", args.rev], capture_output=True, text=True,
                         check=True).stdout.strip()
    tree = os.path.join(tempfile.gettempdir(), "vademecum-bench-" + rev)
    if not os.path.exists(os.path.join(tree, "target", "vademecum.jar")):
        if not os.path.isdir(tree):
            subprocess.run(["git", "-C", ROOT, "worktree", "add", "--detach", tree, rev], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        subprocess.run(["mvn", "-B", "-q", "package", "-DskipTests"], cwd=tree, check=True)
    launcher = os.path.join(tree, "bin", "vademecum")
    old = [launcher] if os.access(launcher, os.X_OK) else ["java", "-jar", os.path.join(tree, "target", "vademecum.jar")]
    project = corpus("vademecum", args.pages)
    out_root = tempfile.mkdtemp(prefix="bench-out-")
    commands = {
        "current": vademecum_command() + ["build", "--project", project, "--out", os.path.join(out_root, "current")],
        rev: old + ["build", "--project", project, "--out", os.path.join(out_root, "previous")],
    }
    results = alternate(commands, args.runs)
    shutil.rmtree(out_root, ignore_errors=True)
    print("%d pages, %d pairs, alternated; cores: %d; load: %s" % (
        args.pages, args.runs, os.cpu_count(), open("/proc/loadavg").read().split()[:3]))
    med = medians(results)
    cur, prev = results["current"], results[rev]
    wins = [sum(1 for c, p in zip(cur, prev) if c[i] < p[i]) for i in range(3)]
    print("  current/%s: wall %.3f   CPU %.3f   peak memory %.3f" % (
        rev, med["current"][0] / med[rev][0], med["current"][1] / med[rev][1], med["current"][2] / med[rev][2]))
    print("  pairs the current build won: wall %d of %d, CPU %d of %d, peak memory %d of %d" % (
        wins[0], args.runs, wins[1], args.runs, wins[2], args.runs))


def warm(args):
    """Vademecum's build in one JVM that has already built the corpus WARMUP times (classes loaded, code compiled by
    the optimising compiler), against Hugo's whole process, alternated: what the build would cost without the JVM's
    start-up and warm-up, the part of the gap that no launcher flag can close. The warm builds run the command line's
    code (bench/compare/WarmBuild.java), writing included; their wall time is measured inside the JVM."""
    jar = os.path.join(ROOT, "target", "vademecum.jar")
    if not os.path.exists(jar):
        subprocess.run(["mvn", "-B", "-q", "package", "-DskipTests"], cwd=ROOT, check=True)
    out_root = tempfile.mkdtemp(prefix="bench-out-")
    jvm = subprocess.Popen(["java", "-XX:+UseSerialGC", "-cp", jar, os.path.join(os.path.dirname(__file__), "WarmBuild.java"),
                            "build", "--project", corpus("vademecum", args.pages), "--out", os.path.join(out_root, "vademecum")],
                           stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def warm_build():
        jvm.stdin.write("build\n")
        jvm.stdin.flush()
        line = jvm.stdout.readline()
        if not line:
            raise SystemExit("the warm JVM stopped (exit status %s)" % jvm.wait())
        return int(line) / 1000

    try:
        warmup = [warm_build() for _ in range(args.warmup)]
        hugo = ["hugo", "--quiet", "--source", corpus("hugo", args.pages), "--destination", os.path.join(out_root, "hugo")]
        have_hugo = shutil.which("hugo") is not None
        if have_hugo:
            timed(hugo, ROOT)
        results = {"vademecum": [], "hugo": []}
        for run in range(args.runs):
            steps = ["vademecum", "hugo"] if run % 2 == 0 else ["hugo", "vademecum"]
            for name in steps:
                if name == "vademecum":
                    results[name].append(warm_build())
                elif have_hugo:
                    results[name].append(timed(hugo, ROOT)[0])
    finally:
        jvm.stdin.close()
        jvm.wait()
        shutil.rmtree(out_root, ignore_errors=True)
    print("%d pages, %d warm-up builds (%s s), then %d runs each, alternated; cores: %d; load: %s" % (
        args.pages, args.warmup, " ".join("%.2f" % w for w in warmup), args.runs, os.cpu_count(),
        open("/proc/loadavg").read().split()[:3]))
    for name, walls in results.items():
        if walls:
            print("  %-9s wall %6.2f s   (walls: %s)" % (
                name + (" (warm)" if name == "vademecum" else ""), statistics.median(walls), " ".join("%.2f" % w for w in walls)))
    if results["hugo"]:
        print("  ratio warm vademecum/hugo: wall %.2f" % (statistics.median(results["vademecum"]) / statistics.median(results["hugo"])))


def wait_for(url, needle, timeout, proc=None):
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if proc is not None and proc.poll() is not None:
            raise SystemExit("%s exited with status %d" % (proc.args[0], proc.returncode))
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if needle is None or needle in r.read().decode("utf-8", "replace"):
                    return time.perf_counter()
        except OSError:
            pass
        time.sleep(0.005)
    raise SystemExit("timed out waiting for %s%s" % (url, "" if needle is None else " to contain " + needle))


def free_port():
    """A port nothing listens on now (fixed ones may be taken by another server, which would answer instead)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def marker(run, i):
    """A word that typography leaves alone (no digits, hyphens or spaces to rewrite) and that no page holds."""
    return "vdmedit" + "".join(chr(ord("a") + int(d)) for d in "%d%03d" % (run, i))


class DevServerUnderTest:
    """One dev server and the page that the benchmark edits."""

    def __init__(self, name, command, page_file, url):
        self.name, self.page_file, self.url = name, page_file, url
        self.original = open(page_file, encoding="utf-8").read()
        self.proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(self.url, None, 300, self.proc)

    def edit(self, word):
        """Writes the page with a new paragraph; returns ms from the write to the served page showing it."""
        start = time.perf_counter()
        with open(self.page_file, "w", encoding="utf-8") as f:
            f.write(self.original + "\n\nParagraphe modifié %s.\n" % word)
        return (wait_for(self.url, word, 60, self.proc) - start) * 1000

    def close(self):
        with open(self.page_file, "w", encoding="utf-8") as f:
            f.write(self.original)
        self.proc.terminate()
        self.proc.wait()


def serve(args):
    """Both servers run side by side; edits alternate between them (the order flips each round), each timed from
    just before the write to the first HTTP answer of the page that contains the new word (polled every 5 ms).
    One untimed edit each first (JIT, caches); then a pause after every edit so that each starts from a quiet
    server (Vademecum regenerates the search index and service worker just after serving the page)."""
    work = tempfile.mkdtemp(prefix="bench-serve-")
    servers = []
    try:
        project = shutil.copytree(corpus("vademecum", args.pages), os.path.join(work, "vademecum"))
        page = sorted(f for f in os.listdir(os.path.join(project, "content", "pages", "cardiologie"))
                      if not f.startswith("_"))[0]
        port = free_port()
        servers.append(DevServerUnderTest(
            "vademecum", vademecum_command() + ["serve", "--project", project, "--port", str(port)],
            os.path.join(project, "content", "pages", "cardiologie", page),
            "http://127.0.0.1:%d/cardiologie/%s/" % (port, page[:-3])))
        if shutil.which("hugo"):
            project = shutil.copytree(corpus("hugo", args.pages), os.path.join(work, "hugo"))
            port = free_port()
            servers.append(DevServerUnderTest(
                "hugo", ["hugo", "server", "--source", project, "--port", str(port), "--bind", "127.0.0.1",
                         "--disableLiveReload"],
                os.path.join(project, "content", "cardiologie", page),
                "http://127.0.0.1:%d/cardiologie/%s/" % (port, page[:-3])))
        else:
            print("hugo is not installed (apt-get install hugo): Vademecum alone")
        results = {s.name: [] for s in servers}
        for s in servers:
            s.edit(marker(os.getpid() % 1000, 999))
            time.sleep(args.pause)
        for i in range(args.edits):
            for s in (servers if i % 2 == 0 else servers[::-1]):
                results[s.name].append(s.edit(marker(os.getpid() % 1000, i)))
                time.sleep(args.pause)
    finally:
        for s in servers:
            s.close()
        shutil.rmtree(work, ignore_errors=True)
    print("edit-to-served, %d pages, %d edits each, alternated (ms); cores: %d; load: %s" % (
        args.pages, args.edits, os.cpu_count(), open("/proc/loadavg").read().split()[:3]))
    for name, times in results.items():
        print("  %-9s median %6.0f   min %6.0f   max %6.0f   (%s)" % (
            name, statistics.median(times), min(times), max(times), " ".join("%.0f" % t for t in times)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("mode", choices=["build", "serve", "against", "warm"])
    ap.add_argument("rev", nargs="?", help="against: the git revision to compare this checkout with")
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=None, help="build: 3 runs each; against: 10 pairs")
    ap.add_argument("--peer-pages", type=int, default=None, help="build: the pages of Hugo's corpus (default: --pages)")
    ap.add_argument("--warmup", type=int, default=12, help="warm: untimed builds before the timed ones")
    ap.add_argument("--edits", type=int, default=10)
    ap.add_argument("--pause", type=float, default=1.0, help="serve: seconds of quiet after each edit")
    args = ap.parse_args()
    if args.mode == "against" and not args.rev:
        ap.error("against needs a git revision: bench/compare/run.sh against HEAD~1")
    if args.runs is None:
        args.runs = {"against": 10, "warm": 5}.get(args.mode, 3)
    {"build": build, "serve": serve, "against": against, "warm": warm}[args.mode](args)


if __name__ == "__main__":
    main()
