#!/usr/bin/env python3
"""Scores `brief ingest` on one half of the development set, field by field.

    Tests/IngestTests/DevSet/score.py heldout [--brief PATH]
    Tests/IngestTests/DevSet/score.py tune    [--brief PATH]
    Tests/IngestTests/DevSet/score.py setc    [--brief PATH]   # held-out set C (session 9)
    Tests/IngestTests/DevSet/score.py setd    [--brief PATH]   # unseen set D (session 10)
    Tests/IngestTests/DevSet/score.py dev     [--brief PATH]   # all spent pages, leave-one-out (session 11)
    Tests/IngestTests/DevSet/score.py dev --validate setg      # the same, set G's rows hidden, its means apart
    Tests/IngestTests/DevSet/score.py sete    [--brief PATH]   # set E (session 11), against the records before it
    Tests/IngestTests/DevSet/score.py setf    [--brief PATH]   # set F (session 12), against the records before it
    Tests/IngestTests/DevSet/score.py setg    [--brief PATH]   # set G (session 13), against the records before it
    Tests/IngestTests/DevSet/score.py seth    [--brief PATH]   # set H (session 14), against the records before it
    Tests/IngestTests/DevSet/score.py seti    [--brief PATH]   # set I (session 15), against the records before it
    Tests/IngestTests/DevSet/score.py setj    [--brief PATH]   # set J (session 16), against the records before it
    Tests/IngestTests/DevSet/score.py setk    [--brief PATH]   # set K (session 17), against the records before it
    Tests/IngestTests/DevSet/score.py setl    [--brief PATH]   # set L (session 18), against the records before it
    Tests/IngestTests/DevSet/score.py setm    [--brief PATH]   # set M (session 19), against the records before it
    Tests/IngestTests/DevSet/score.py setn    [--brief PATH]   # set N (session 20), against the records before it
    Tests/IngestTests/DevSet/score.py seto    [--brief PATH]   # set O (session 21), against the records before it
    Tests/IngestTests/DevSet/score.py setp    [--brief PATH]   # set P (session 21), against the records before it
    Tests/IngestTests/DevSet/score.py setq    [--brief PATH]   # set Q (session 22), against the 306 records spent before it
    Tests/IngestTests/DevSet/score.py setr    [--brief PATH]   # set R (session 23), against the 326 records spent before it
    Tests/IngestTests/DevSet/score.py sets    [--brief PATH]   # set S (session 24), against the 346 records spent before it
    Tests/IngestTests/DevSet/score.py sett    [--brief PATH]   # set T (session 25), against the 366 records spent before it
    Tests/IngestTests/DevSet/score.py setu    [--brief PATH]   # set U (session 26), against the 386 records spent before it
    Tests/IngestTests/DevSet/score.py setv    [--brief PATH]   # set V (session 26), against the 406 records spent before it
    Tests/IngestTests/DevSet/score.py setw    [--brief PATH]   # set W (session 27), against the 426 records spent before it
    Tests/IngestTests/DevSet/score.py setx    [--brief PATH]   # set X (session 27), against the 446 records spent before it
    Tests/IngestTests/DevSet/score.py sety    [--brief PATH]   # set Y (session 28), against the 466 records spent before it
    Tests/IngestTests/DevSet/score.py setz    [--brief PATH]   # set Z (session 29), against the 486 records spent before it
    Tests/IngestTests/DevSet/score.py setaa   [--brief PATH]   # set AA (session 29), against the 506 records spent before it
    Tests/IngestTests/DevSet/score.py setab   [--brief PATH]   # set AB (session 30), against the 526 records spent before it
    Tests/IngestTests/DevSet/score.py setac   [--brief PATH]   # set AC (session 31), against the 546 records spent before it
    Tests/IngestTests/DevSet/score.py setad   [--brief PATH]   # set AD (session 31), against the 566 records spent before it
    Tests/IngestTests/DevSet/score.py setae   [--brief PATH]   # set AE (session 32), against the 586 records spent before it
    Tests/IngestTests/DevSet/score.py setaf   [--brief PATH]   # set AF (session 33), against the 606 records spent before it
    Tests/IngestTests/DevSet/score.py setbc   [--brief PATH]   # unseen set BC (session 44), against all 1066 spent records
    Tests/IngestTests/DevSet/score.py setbb   [--brief PATH]   # set BB (session 43, second set), against the 1046 records spent before it
    Tests/IngestTests/DevSet/score.py setba   [--brief PATH]   # set BA (session 43), against the 1026 records spent before it
    Tests/IngestTests/DevSet/score.py setaz   [--brief PATH]   # set AZ (session 42, second set), against the 1006 records spent before it
    Tests/IngestTests/DevSet/score.py setay   [--brief PATH]   # set AY (session 42), against the 986 records spent before it
    Tests/IngestTests/DevSet/score.py setax   [--brief PATH]   # set AX (session 41, third set), against the 966 records spent before it
    Tests/IngestTests/DevSet/score.py setaw   [--brief PATH]   # set AW (session 41, second set), against the 946 records spent before it
    Tests/IngestTests/DevSet/score.py setav   [--brief PATH]   # set AV (session 41), against the 926 records spent before it
    Tests/IngestTests/DevSet/score.py setau   [--brief PATH]   # set AU (session 40, second set), against the 906 records spent before it
    Tests/IngestTests/DevSet/score.py setat   [--brief PATH]   # set AT (session 40), against the 886 records spent before it
    Tests/IngestTests/DevSet/score.py setas   [--brief PATH]   # set AS (session 39, second set), against the 866 records spent before it
    Tests/IngestTests/DevSet/score.py setar   [--brief PATH]   # set AR (session 39), against the 846 records spent before it
    Tests/IngestTests/DevSet/score.py setaq   [--brief PATH]   # set AQ (session 38, second set), against the 826 records spent before it
    Tests/IngestTests/DevSet/score.py setap   [--brief PATH]   # set AP (session 38), against the 806 records spent before it
    Tests/IngestTests/DevSet/score.py setao   [--brief PATH]   # set AO (session 37, second set), against the 786 records spent before it
    Tests/IngestTests/DevSet/score.py setan   [--brief PATH]   # set AN (session 37), against the 766 records spent before it
    Tests/IngestTests/DevSet/score.py setam   [--brief PATH]   # set AM (session 36, third set), against the 746 records spent before it
    Tests/IngestTests/DevSet/score.py setal   [--brief PATH]   # set AL (session 36, second set), against the 726 records spent before it
    Tests/IngestTests/DevSet/score.py setak   [--brief PATH]   # set AK (session 36), against the 706 records spent before it
    Tests/IngestTests/DevSet/score.py setaj   [--brief PATH]   # set AJ (session 35, second set), against the 686 records spent before it
    Tests/IngestTests/DevSet/score.py setai   [--brief PATH]   # set AI (session 35), against the 666 records spent before it
    Tests/IngestTests/DevSet/score.py setah   [--brief PATH]   # set AH (session 34, second set), against the 646 records spent before it
    Tests/IngestTests/DevSet/score.py setag   [--brief PATH]   # set AG (session 34), against the 626 records spent before it

The corpus each page is drafted against holds the set's taxonomy
(organizations, issues with their demands, events) and, as labelled
examples, the records of the tune half only (`## tune` and `## tune2` in
SPLIT.md) — never a record of `heldout` or `setc`.
A tune page is drafted without its own record (leave-one-out).
Since session 11 every page of `tune`, `tune2`, `heldout`, `setc` and
`setd` has been scored and is spent: `dev` drafts each of them against the
records of all the others (leave-one-out over all of them) and prints its
rows; `sete` (the pages under `## sete`, unseen in session 11) is drafted
against the records spent before it and reported as means. Since session 12
set E is spent too and part of `dev`; `setf` (the pages under `## setf`,
unseen then) is drafted against the records spent before it. Since session 13
set F is spent and part of `dev`; `setg` (the pages under `## setg`, unseen then)
is drafted against the records spent before it. Since session 14 set G is
spent and part of `dev`; `seth` (the pages under `## seth`, unseen then) is
drafted against the records spent before it. Since session 15 set H is
spent and part of `dev`; `seti` (the pages under `## seti`, unseen then) is
drafted against the records spent before it. Since session 16 set I is
spent and part of `dev`; `setj` (the pages under `## setj`, unseen then) is
drafted against the records spent before it. Since session 17 set J is
spent and part of `dev`; `setk` (the pages under `## setk`, unseen then) is
drafted against the records spent before it. Since session 18 set K is
spent and part of `dev`; `setl` (the pages under `## setl`, unseen then) is
drafted against the records spent before it. Since session 19 set L is
spent and part of `dev`; `setm` (the pages under `## setm`, unseen then) is
drafted against the records spent before it. Since session 20 set M is
spent and part of `dev`; `setn` (the pages under `## setn`, unseen then) is
drafted against the records spent before it. Since session 21 set N is
spent and part of `dev`; `seto` (the pages under `## seto`, unseen then) is
drafted against the records spent before it, and so, later in session 21, is
`setp`. Since session 22 set P is spent and part of `dev`; `setq` (the pages
under `## setq`, unseen then) is drafted against the records spent before it.
Since session 23 set Q is spent and part of `dev`; `setr` (the pages under
`## setr`, unseen then) is drafted against the records spent before it.
Since session 24 set R is spent and part of `dev`; `sets` (the pages under
`## sets`, unseen then) is drafted against the records spent before it.
Since session 25 set S is spent and part of `dev`; `sett` (the pages under
`## sett`, unseen then) is drafted against the records spent before it.
Since session 26 set T is spent and part of `dev`; `setu` (the pages under
`## setu`, unseen then) is drafted against the records spent before it.
Later in session 26 set U is spent and part of `dev`; `setv` (the pages under
`## setv`, unseen then) is drafted against the records spent before it.
Since session 27 set V is spent and part of `dev`; `setw` (the pages under
`## setw`, unseen then) is drafted against the records spent before it.
Later in session 27 set W is spent and part of `dev`; `setx` (the pages under
`## setx`, unseen then) is drafted against the records spent before it.
Since session 28 set X is spent and part of `dev`, since session 29 set Y
and set Z too, since session 30 set AA, since session 31 sets AB and AC,
since session 32 set AD, since session 33 set AE, since session 34
sets AF and AG, since session 35 set AH and, later in session 35, set AI,
since session 36 set AJ and, later in session 36, sets AK and AL, since
session 37 set AM and, later in session 37, set AN, since session 38 set AO
and, later in session 38, set AP, since session 39 set AQ and, later in
session 39, set AR, since session 40 set AS and, later in session 40, set
AT, since session 41 set AU and, later in session 41, sets AV and AW, since
session 42 set AX and, later in session 42, set AY, since session 43 set AZ
and, later in session 43, set BA, since session 44 set BB (`dev` is now sets
A–BB, 1066 pages); `setbc` (the pages under `## setbc`, unseen) is drafted
against all 1066 spent records and reported as means.
Every page of the half counts: a page the tool fails to draft or load
scores 0 on every field and is listed. Rows per page are printed for the
tune half only: the held-out sets are reported as means, so that scoring
them does not show anyone which of their pages fail.
"""
import argparse, os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
# The sets written after the first split, in the order they were written: each is drafted against
# the records of every set before it; `dev` holds all of them but the last, which is unseen.
LATER_SETS = ["sete", "setf", "setg", "seth", "seti", "setj", "setk", "setl", "setm", "setn", "seto", "setp", "setq", "setr", "sets", "sett", "setu", "setv", "setw", "setx", "sety", "setz", "setaa", "setab", "setac", "setad", "setae", "setaf", "setag", "setah", "setai", "setaj", "setak", "setal", "setam", "setan", "setao", "setap", "setaq", "setar", "setas", "setat", "setau", "setav", "setaw", "setax", "setay", "setaz", "setba", "setbb", "setbc"]
PLACES = 2  # decimal places printed unless --places says otherwise
FIELDS = ["body", "title", "orgs", "date", "event", "kind", "asks(issue)", "asks(demand)", "quotes"]

def half(name):
    """The page file names listed under `## name` in SPLIT.md."""
    out, current = [], None
    for line in open(os.path.join(HERE, "SPLIT.md"), encoding="utf-8"):
        m = re.match(r"^## (\w+)", line)
        if m: current = m.group(1); continue
        m = re.match(r"^- (\S+\.(?:txt|html|pdf))\s*$", line)
        if m and current == name: out.append(m.group(1))
    return out

def corpus_with(records, root):
    os.makedirs(os.path.join(root, "documents"))
    for f in ("organizations.yaml", "issues.yaml", "events.yaml"):
        shutil.copy(os.path.join(HERE, "corpus", f), root)
    for r in records:
        shutil.copy(os.path.join(HERE, "corpus", "documents", r + ".md"), os.path.join(root, "documents"))

# (field, confidence) → [right, total], summed over every run.
CALIBRATION = {}

def evaluate(brief, pages, corpus, answers=True):
    """Drafts `pages` against `corpus`, each compared with its record in the set's corpus; without
    `answers`, with its record in `corpus`, left out of the corpus while it is drafted (leave-one-out)."""
    if not pages: return {}
    res = subprocess.run([brief, "ingest", "--evaluate", *pages, "--corpus", corpus]
                         + (["--answers", os.path.join(HERE, "corpus")] if answers else []),
                         capture_output=True, text=True)
    rows = {}
    for m in re.finditer(r"^  (\w[\w-]*): (.+)$", res.stdout, re.M):
        for level, right, total in re.findall(r"(high|medium|low) (\d+)/(\d+)", m.group(2)):
            c = CALIBRATION.setdefault((m.group(1), level), [0, 0])
            c[0] += int(right); c[1] += int(total)
    for line in res.stdout.splitlines():
        parts = line.split()
        if len(parts) == 11 and parts[0] != "page":
            vals = [1.0 if v == "yes" else 0.0 if v == "no" else float(v) for v in parts[2:]]
            rows[parts[0]] = (parts[1], vals)
    return rows

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("half", choices=["tune", "heldout", "setc", "setd", "dev"] + LATER_SETS)
    ap.add_argument("--brief", default=os.path.join(HERE, "../../../.build/debug/brief"))
    ap.add_argument("--places", type=int, default=PLACES, metavar="N",
                    help="decimal places of the scores (3 tells one page's change in a set of 200 apart)")
    ap.add_argument("--validate", metavar="HALF",
                    help="with dev: print no rows for HALF's pages, and their means apart "
                         "(a spent set kept as validation while tuning on the rest)")
    a = ap.parse_args()
    places = a.places
    hidden = set(half(a.validate)) if a.validate else set()
    tune = [f.rsplit(".", 1)[0] for f in half("tune") + half("tune2")]
    spent = half("tune") + half("tune2") + half("heldout") + half("setc") + half("setd")
    before = LATER_SETS[:-1] if a.half == "dev" else LATER_SETS[:LATER_SETS.index(a.half)] if a.half in LATER_SETS else []
    for name in before:
        spent += half(name)
    pages = spent if a.half == "dev" else half(a.half) + (half("tune2") if a.half == "tune" else [])
    rows, tmp = {}, tempfile.mkdtemp(prefix="devset-")
    try:
        if a.half == "dev" or a.half in LATER_SETS:
            # All spent records; `dev` leaves each page's own out while drafting it (one run).
            corpus_with([f.rsplit(".", 1)[0] for f in spent], os.path.join(tmp, "c"))
            rows = evaluate(a.brief, [os.path.join(HERE, "pages", p) for p in pages], os.path.join(tmp, "c"),
                            answers=a.half != "dev")
        elif a.half in ("heldout", "setc", "setd"):
            corpus_with(tune, os.path.join(tmp, "c"))
            rows = evaluate(a.brief, [os.path.join(HERE, "pages", p) for p in pages], os.path.join(tmp, "c"))
        else:
            for i, p in enumerate(pages):
                root = os.path.join(tmp, f"c{i}")
                corpus_with([t for t in tune if t != p.rsplit(".", 1)[0]], root)
                rows.update(evaluate(a.brief, [os.path.join(HERE, "pages", p)], root))
    finally:
        shutil.rmtree(tmp)
    print("page  " + "  ".join(FIELDS))
    totals, missing, wrong = [0.0] * len(FIELDS), [], []
    kept = [0.0] * len(FIELDS)
    for p in pages:
        if p not in rows: missing.append(p); continue
        doc, vals = rows[p]
        if doc != p.rsplit(".", 1)[0]: wrong.append(f"{p} matched record {doc}")
        totals = [t + v for t, v in zip(totals, vals)]
        if p in hidden: continue
        kept = [t + v for t, v in zip(kept, vals)]
        if a.half in ("tune", "dev"): print(p + "  " + "  ".join(f"{v:.{places}f}" for v in vals))
    if hidden:
        shown = [p for p in pages if p not in hidden]
        print(f"\n{a.half} without {a.validate}: {len(shown)} pages; means:")
        for f, t in zip(FIELDS, kept): print(f"  {f:<13} {t / len(shown):.{places}f}")
        print(f"\n{a.validate} (validation, rows not shown): {len(hidden)} pages; means:")
        for f, t, k in zip(FIELDS, totals, kept): print(f"  {f:<13} {(t - k) / len(hidden):.{places}f}")
        for m in missing: print("not drafted:", "(validation page)" if m in hidden else m)
        return
    n = len(pages)
    if n == 0:
        print(f"\n{a.half}: no pages listed under `## {a.half}` in SPLIT.md; nothing to score.")
        return
    print(f"\n{a.half}: {n} pages, {n - len(missing)} drafted; means over all {n} (a page not drafted scores 0):")
    for f, t in zip(FIELDS, totals): print(f"  {f:<13} {t / n:.{places}f}")
    for level in ("high", "medium", "low"):
        cells = [(f, c) for (f, l), c in sorted(CALIBRATION.items()) if l == level]
        right, total = sum(c[0] for _, c in cells), sum(c[1] for _, c in cells)
        if total:
            print(f"  {level} confidence right {right}/{total} ({100 * right / total:.0f}%): "
                  + ", ".join(f"{f} {c[0]}/{c[1]}" for f, c in cells))
    for m in missing: print("not drafted:", m)
    for w in wrong: print("warning:", w)

if __name__ == "__main__":
    main()
