"""brief against Typst and ReportLab, as ratios from one run (scripts/bench-peers).

Each peer sets the same documents as brief's annual summary: a title, a
table of the year's documents (date, organizations, title) that splits
across pages with its header repeated, then every document under its
title, justified, in Noto Serif from Fonts/. brief is timed as a whole
process (start-up included); a peer only for its own work, measured inside
its Python process (interpreter start and import excluded), so the ratios
lean against brief, not for it. Runs alternate brief, peer, brief, peer…,
and every ratio is taken pair by pair, so that a machine whose speed drifts
affects both sides alike; the load average is printed with each figure.
Besides wall-clock times, each side's CPU time (user + system) is shown:
less sensitive to other work on the machine, though brief's counts both of
its threads.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BRIEF = os.path.join(ROOT, ".build", "release", "brief")
SYNTH = os.path.join(ROOT, "scripts", "synth-corpus")
FONTS = os.path.join(ROOT, "Fonts")


def run(cmd, env=None):
    """Runs a command; returns (wall seconds, CPU seconds, standard output)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - start
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if p.returncode != 0:
            sys.exit(f"failed: {' '.join(cmd)}\n{err.read().decode(errors='replace')}")
        return wall, usage.ru_utime + usage.ru_stime, out.read().decode()


def load():
    """The machine's load average over 1, 5 and 15 minutes, as printed."""
    return "load average " + ", ".join(f"{x:.2f}" for x in os.getloadavg())


def peak_kib(cmd):
    """Peak resident memory of one run of `cmd`, in KiB (GNU time's accounting)."""
    r = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{r.stderr}")
    return int(r.stderr.strip().splitlines()[-1])


def documents(corpus):
    """(date, organizations, title, paragraphs) of every document, by date."""
    docs = []
    folder = os.path.join(corpus, "documents")
    for name in sorted(os.listdir(folder)):
        text = open(os.path.join(folder, name), encoding="utf-8").read()
        _, front, body = text.split("---\n", 2)
        def field(key):
            m = re.search(rf"^{key}:\s*(.*)$", front, re.M)
            return m.group(1).strip().strip('"\'') if m else ""
        orgs = field("organizations").strip("[]")
        paragraphs = [p.replace("\n", " ").strip() for p in body.split("\n\n") if p.strip()]
        docs.append((field("date"), orgs, field("title"), paragraphs))
    docs.sort(key=lambda d: d[0])
    return docs


def typst_source(docs, year):
    q = lambda s: '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    lines = [
        '#set page(paper: "us-letter", margin: 1in, footer: context align(center)[page #counter(page).display()])',
        '#set text(font: "Noto Serif", size: 10pt, lang: "en")',
        "#set par(justify: true)",
        f"= Annual summary {year}",
        "#table(columns: (auto, auto, 1fr), table.header([*Date*], [*Organizations*], [*Title*]),",
    ]
    for d, o, t, _ in docs:
        lines.append(f"  [#{q(d)}], [#{q(o)}], [#{q(t)}],")
    lines.append(")")
    for d, o, t, paragraphs in docs:
        lines.append(f"== #{q(t)}")
        lines.append(f"_#{q(d + ' · ' + o)}_")
        lines.append("")
        for p in paragraphs:
            lines.append(f"#{q(p)}")
            lines.append("")
    return "\n".join(lines) + "\n"


TYPST_RUNNER = """
import sys, time, typst
start = time.perf_counter()
cpu = time.process_time()
typst.compile(sys.argv[1], output=sys.argv[2], font_paths=[sys.argv[3]])
print(time.perf_counter() - start, time.process_time() - cpu)
"""

REPORTLAB_RUNNER = """
import sys, time
start = time.perf_counter()
cpu = time.process_time()
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from xml.sax.saxutils import escape
import json
fonts, docs_path, out, year = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
for face, file in [("Serif", "NotoSerif-Regular"), ("Serif-Bold", "NotoSerif-Bold"), ("Serif-Italic", "NotoSerif-Italic")]:
    pdfmetrics.registerFont(TTFont(face, f"{fonts}/{file}.ttf"))
body = ParagraphStyle("body", fontName="Serif", fontSize=10, leading=13, alignment=TA_JUSTIFY, spaceAfter=6)
cell = ParagraphStyle("cell", fontName="Serif", fontSize=9, leading=11)
h1 = ParagraphStyle("h1", fontName="Serif-Bold", fontSize=18, leading=22, spaceAfter=12)
h2 = ParagraphStyle("h2", fontName="Serif-Bold", fontSize=12, leading=15, spaceBefore=10, spaceAfter=4, keepWithNext=1)
meta = ParagraphStyle("meta", fontName="Serif-Italic", fontSize=9, leading=11, spaceAfter=4)
docs = json.load(open(docs_path))
story = [Paragraph(f"Annual summary {year}", h1)]
rows = [[Paragraph("<b>Date</b>", cell), Paragraph("<b>Organizations</b>", cell), Paragraph("<b>Title</b>", cell)]]
rows += [[Paragraph(escape(d), cell), Paragraph(escape(o), cell), Paragraph(escape(t), cell)] for d, o, t, _ in docs]
table = Table(rows, colWidths=[0.9 * inch, 1.6 * inch, 4.0 * inch], repeatRows=1)
table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story.append(table)
for d, o, t, paragraphs in docs:
    story.append(Paragraph(escape(t), h2))
    story.append(Paragraph(escape(d + " · " + o), meta))
    story += [Paragraph(escape(p), body) for p in paragraphs]
def footer(canvas, doc):
    canvas.setFont("Serif", 9)
    canvas.drawCentredString(letter[0] / 2, 0.5 * inch, f"page {doc.page}")
SimpleDocTemplate(out, pagesize=letter, leftMargin=inch, rightMargin=inch, topMargin=inch, bottomMargin=inch).build(
    story, onFirstPage=footer, onLaterPages=footer)
print(time.perf_counter() - start, time.process_time() - cpu)
"""


def summary(values):
    return statistics.median(values), min(values), max(values)


def fmt(values, unit="s", scale=1.0, digits=3):
    m, lo, hi = summary([v * scale for v in values])
    return f"{m:.{digits}f} {unit} ({lo:.{digits}f}–{hi:.{digits}f})"


def verdict(value, goal):
    return "met" if value <= goal else "NOT met"


def compare(label, brief_cmd, peer_name, peer_cmd, runs, goal):
    """Alternates brief and the peer; prints both times and the ratios, taken pair by pair."""
    output = brief_cmd[brief_cmd.index("-o") + 1]
    run(brief_cmd)
    if not os.path.exists(output):
        sys.exit(f"{' '.join(brief_cmd)} exited 0 without writing {output}: not a time worth comparing")
    run(peer_cmd)  # one warm-up each: fonts and files in the page cache
    ours, theirs, ours_cpu, theirs_cpu, ratios, cpu_ratios = [], [], [], [], [], []
    before = load()
    for _ in range(runs):
        a, a_cpu, _ = run(brief_cmd)
        _, _, out = run(peer_cmd)
        b, b_cpu = (float(x) for x in out.strip().splitlines()[-1].split())
        ours.append(a)
        theirs.append(b)
        ours_cpu.append(a_cpu)
        theirs_cpu.append(b_cpu)
        ratios.append(a / b)
        cpu_ratios.append(a_cpu / b_cpu)
    m, lo, hi = summary(ratios)
    c, clo, chi = summary(cpu_ratios)
    print(f"{label}, {runs} pairs ({before} before, {load()} after):")
    print(f"  wall: brief {fmt(ours)}, {peer_name} {fmt(theirs)}; "
          f"ratio {m:.2f} ({lo:.2f}–{hi:.2f}), goal at most {goal:.2f}: {verdict(m, goal)}")
    print(f"  CPU:  brief {fmt(ours_cpu)}, {peer_name} {fmt(theirs_cpu)}; ratio {c:.2f} ({clo:.2f}–{chi:.2f})")
    return m


def main():
    global BRIEF
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5, help="counted runs of each side (default 5)")
    ap.add_argument("--large-runs", type=int, default=3, help="counted runs for the large summary (default 3)")
    ap.add_argument("--skip-large", action="store_true", help="leave out the ~3,000-page summary")
    ap.add_argument("--brief", default=BRIEF, help="the brief executable to measure (default .build/release/brief)")
    args = ap.parse_args()
    BRIEF = os.path.abspath(args.brief)
    if not os.access(BRIEF, os.X_OK):
        sys.exit(f"{BRIEF} is missing: scripts/build-release brief")
    work = tempfile.mkdtemp(prefix="brief-bench-")
    env = dict(os.environ, SOURCE_DATE_EPOCH="1767225600")
    try:
        # 1. Start-up.
        version = run([BRIEF, "--version"])[2].strip()
        if not re.fullmatch(r"\d+\.\d+\.\d+", version):
            sys.exit(f"{BRIEF} --version printed {version[:80]!r}, not a version: not a time worth comparing")
        before = load()
        runs = [run([BRIEF, "--version"]) for _ in range(max(args.runs, 20))]
        wall, cpu = [r[0] for r in runs], [r[1] for r in runs]
        print(f"brief --version, {len(runs)} runs ({before} before, {load()} after):")
        print(f"  wall {fmt(wall, 'ms', 1000, 1)}, CPU {fmt(cpu, 'ms', 1000, 1)}; goal at most 10 ms: "
              f"{verdict(statistics.median(wall), 0.010)} (wall), {verdict(statistics.median(cpu), 0.010)} (CPU)")

        # 2. The small annual summary against Typst.
        small = os.path.join(work, "small")
        subprocess.run([SYNTH, "--documents", "5", "--organizations", "5", "--events", "5",
                        "--years", "2025-2025", "--seed", "7", small], check=True, capture_output=True)
        docs = documents(small)
        typ = os.path.join(work, "small.typ")
        open(typ, "w", encoding="utf-8").write(typst_source(docs, 2025))
        runner = os.path.join(work, "typst_runner.py")
        open(runner, "w").write(TYPST_RUNNER)
        brief_small = [BRIEF, "generate", "--year", "2025", "--corpus", small, "-o", os.path.join(work, "s.pdf")]
        typst_small = [sys.executable, runner, typ, os.path.join(work, "s-typst.pdf"), FONTS]
        compare("small annual summary (5 documents)", brief_small, "Typst", typst_small, args.runs, 0.40)
        pages = subprocess.run(["pdfinfo", os.path.join(work, "s.pdf")], capture_output=True, text=True).stdout
        typst_pages = subprocess.run(["pdfinfo", os.path.join(work, "s-typst.pdf")], capture_output=True, text=True).stdout
        count = lambda info: (re.search(r"Pages:\s+(\d+)", info) or [None, "?"])[1]
        print(f"  pages: brief {count(pages)}, Typst {count(typst_pages)}")

        if args.skip_large:
            return
        # 3. The 2,983-page summary against ReportLab.
        large = os.path.join(work, "large")
        subprocess.run([SYNTH, "--documents", "2000", "--organizations", "40", "--events", "80",
                        "--years", "2024-2024", "--seed", "11", large], check=True, capture_output=True)
        import json
        docs_path = os.path.join(work, "large.json")
        json.dump(documents(large), open(docs_path, "w"))
        rl = os.path.join(work, "reportlab_runner.py")
        open(rl, "w").write(REPORTLAB_RUNNER)
        brief_large = [BRIEF, "generate", "--year", "2024", "--corpus", large, "-o", os.path.join(work, "l.pdf")]
        rl_large = [sys.executable, rl, FONTS, docs_path, os.path.join(work, "l-rl.pdf"), "2024"]
        compare("annual summary of 2,000 documents", brief_large, "ReportLab", rl_large, args.large_runs, 0.17)
        peak = peak_kib(brief_large) / 1024
        pages = subprocess.run(["pdfinfo", os.path.join(work, "l.pdf")], capture_output=True, text=True).stdout
        rl_pages = subprocess.run(["pdfinfo", os.path.join(work, "l-rl.pdf")], capture_output=True, text=True).stdout
        print(f"  pages: brief {count(pages)}, ReportLab {count(rl_pages)}; brief's peak {peak:.0f} MiB, "
              f"goal at most 150 MiB: {verdict(peak, 150)}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
