#!/usr/bin/env python3
"""Vademecum against Hugo on the same synthetic corpus, alternated in one run (shared machines are noisy: the
ratio holds where an absolute time does not).

    bench/compare/run.sh build [--pages 1000] [--runs 3]   whole-process build: wall, CPU, peak memory, ratios
    bench/compare/run.sh serve [--pages 1000] [--edits 10] edit-to-served time of each dev server

The corpus comes from ../shared/bench/gen_corpus.py (or $GEN_CORPUS), --tool vademecum and --tool hugo, cached under
target/bench-corpus/. Vademecum runs as the README runs it (bin/vademecum when present, else java -jar); Hugo is
Debian's `hugo` package (skipped, with a note, when it is not installed). Stdlib only.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
GEN = os.environ.get("GEN_CORPUS", os.path.join(ROOT, "..", "shared", "bench", "gen_corpus.py"))


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


def build(args):
    tools = {"vademecum": (corpus("vademecum", args.pages), None)}
    if shutil.which("hugo"):
        tools["hugo"] = (corpus("hugo", args.pages), None)
    else:
        print("hugo is not installed (apt-get install hugo): Vademecum alone")
    out_root = tempfile.mkdtemp(prefix="bench-out-")
    commands = {
        "vademecum": vademecum_command() + ["build", "--project", tools["vademecum"][0], "--out",
                                            os.path.join(out_root, "vademecum")],
        "hugo": ["hugo", "--quiet", "--source", tools.get("hugo", ("", None))[0], "--destination",
                 os.path.join(out_root, "hugo")],
    }
    results = {t: [] for t in tools}
    order = list(tools)
    for name in order:  # one untimed run each: file cache, first-build folders
        timed(commands[name], ROOT)
    for run in range(args.runs):
        for name in (order if run % 2 == 0 else order[::-1]):
            results[name].append(timed(commands[name], ROOT))
    shutil.rmtree(out_root, ignore_errors=True)
    print("%d pages, %d runs each, alternated; cores: %d; load: %s" % (
        args.pages, args.runs, os.cpu_count(), open("/proc/loadavg").read().split()[:3]))
    med = {}
    for name, rows in results.items():
        med[name] = [statistics.median(col) for col in zip(*rows)]
        print("  %-9s wall %6.2f s   CPU %6.2f s   peak %6.0f MB   (walls: %s)" % (
            name, med[name][0], med[name][1], med[name][2], " ".join("%.2f" % r[0] for r in rows)))
    if "hugo" in med:
        v, h = med["vademecum"], med["hugo"]
        print("  ratio vademecum/hugo: wall %.2f   CPU %.2f   peak memory %.2f" % (v[0] / h[0], v[1] / h[1], v[2] / h[2]))


def wait_for(url, needle, timeout):
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if needle is None or needle in r.read().decode("utf-8", "replace"):
                    return time.perf_counter()
        except OSError:
            pass
        time.sleep(0.005)
    raise SystemExit("timed out waiting for %s%s" % (url, "" if needle is None else " to contain " + needle))


def edit_loop(page_file, url, edits):
    """Appends a marker to page_file, times until url serves it; returns the times in ms."""
    original = open(page_file, encoding="utf-8").read()
    times = []
    try:
        for i in range(edits):
            marker = "bench-edit-%d-%d" % (os.getpid(), i)
            with open(page_file, "w", encoding="utf-8") as f:
                f.write(original + "\n\nParagraphe modifié %s.\n" % marker)
            start = time.perf_counter()
            times.append((wait_for(url, marker, 60) - start) * 1000)
            time.sleep(0.3)  # let the watcher settle between edits
    finally:
        with open(page_file, "w", encoding="utf-8") as f:
            f.write(original)
    return times


def serve(args):
    work = tempfile.mkdtemp(prefix="bench-serve-")
    results = {}
    try:
        project = shutil.copytree(corpus("vademecum", args.pages), os.path.join(work, "vademecum"))
        page = sorted(os.listdir(os.path.join(project, "content", "pages", "cardiologie")))[1]
        proc = subprocess.Popen(vademecum_command() + ["serve", "--project", project, "--port", "8765"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_for("http://127.0.0.1:8765/", None, 300)
            results["vademecum"] = edit_loop(os.path.join(project, "content", "pages", "cardiologie", page),
                                             "http://127.0.0.1:8765/cardiologie/%s/" % page[:-3], args.edits)
        finally:
            proc.terminate()
            proc.wait()
        if shutil.which("hugo"):
            project = shutil.copytree(corpus("hugo", args.pages), os.path.join(work, "hugo"))
            proc = subprocess.Popen(["hugo", "server", "--source", project, "--port", "8766", "--bind", "127.0.0.1",
                                     "--disableLiveReload"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                wait_for("http://127.0.0.1:8766/", None, 300)
                results["hugo"] = edit_loop(os.path.join(project, "content", "cardiologie", page),
                                            "http://127.0.0.1:8766/cardiologie/%s/" % page[:-3], args.edits)
            finally:
                proc.terminate()
                proc.wait()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("edit-to-served, %d pages, %d edits each (ms):" % (args.pages, args.edits))
    for name, times in results.items():
        print("  %-9s median %6.0f   min %6.0f   max %6.0f" % (name, statistics.median(times), min(times), max(times)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("mode", choices=["build", "serve"])
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--edits", type=int, default=10)
    args = ap.parse_args()
    (build if args.mode == "build" else serve)(args)


if __name__ == "__main__":
    main()
