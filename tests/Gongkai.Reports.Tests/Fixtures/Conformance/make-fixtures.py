#!/usr/bin/env python3
"""Writes the hand-made conformance fixtures and the truth of every fixture in inputs/.

Run from this folder after `GONGKAI_WRITE_FIXTURES=1 dotnet test --filter ConformanceFixtureWriter`
(which writes NNN-flattened.txt, NNN-spaced.txt, NNN-ocr.md) and after printing NNN-pdftotext.txt with
`gongkai report convert SEED --to html`, Chromium --print-to-pdf and `pdftotext -layout`.
Truth is the seed's truth (../../../../../shared/truth) with the changes each fixture makes.
"""
import copy, glob, json, os, re

here = os.path.dirname(os.path.abspath(__file__))
shared = next(os.path.join(d, "shared") for d in [os.path.abspath(os.path.join(here, *[".."] * k)) for k in range(1, 10)]
              if os.path.isdir(os.path.join(d, "shared", "truth")))
inputs, truths = os.path.join(here, "inputs"), os.path.join(here, "truth")

def seed_text(n):
    return open(glob.glob(os.path.join(shared, "seeds", f"{n}_*.txt"))[0], encoding="utf-8").read()

def seed_truth(n):
    return json.load(open(os.path.join(shared, "truth", f"seed-{n}.json"), encoding="utf-8"))

def write(name, text, truth):
    open(os.path.join(inputs, name), "w", encoding="utf-8").write(text)
    truth = copy.deepcopy(truth); truth["file"] = name
    json.dump(truth, open(os.path.join(truths, name + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)

def replace(text, old, new):
    assert old in text, old
    return text.replace(old, new)

# Headings worded otherwise (issue 11): the same report must read the same.
t = seed_text("003")
t = replace(t, "四、政府信息公开行政复议、行政诉讼情况", "四、因政府信息公开申请行政复议、提起行政诉讼的情况")
t = replace(t, "五、存在的主要问题及改进情况", "五、存在的主要问题及明年工作计划")
t = replace(t, "六、其他需要报告的事项", "六、其他需说明的事项")
write("003-headings-worded-otherwise.txt", t, seed_truth("003"))

# A section genuinely missing is still reported.
t = replace(seed_text("003"), "六、其他需要报告的事项\n无\n", "")
truth = seed_truth("003"); truth["findings"].append({"rule": "section.missing", "severity": "error", "where": "六"})
write("003-section-six-missing.txt", t, truth)

# Counts parsed strictly: "十", "1,2,3" and "-5" are unread cells, never values, and nothing shifts left.
lines = seed_text("003").split("\n")
def corrupt(label, column, value, truth_row):
    i = next(k for k, l in enumerate(lines) if l.strip() == label)
    cells = [k for k in range(i + 1, i + 12) if lines[k].startswith("\t")][:7]
    lines[cells[column]] = "\t" + value
    truth["requests"]["rows"][truth_row][column] = None
truth = seed_truth("003")
corrupt("1.属于国家秘密", 1, "十", "Withheld.StateSecret")
corrupt("（一）予以公开", 2, "1,2,3", "Disclosed")
corrupt("1.本机关不掌握相关政府信息", 3, "-5", "Unavailable.NotHeld")
write("003-counts-not-numbers.txt", "\n".join(lines), truth)

# The date of publication from page metadata, and a late department report.
t = replace(seed_text("002"), "2022年1月6日", "")
t = replace(t, "互助县自然资源局 2021 年 政府信息公开工作年度报告\n", "互助县自然资源局 2021 年 政府信息公开工作年度报告\n发布日期：2022-03-05  来源：互助县自然资源局\n")
truth = seed_truth("002"); truth["publishedOn"] = "2022-03-05"
truth["findings"].append({"rule": "report.late", "severity": "warning"})
write("002-published-late.txt", t, truth)

# The date in the title block ("（2022年1月29日）") when the end has none.
t = replace(seed_text("000"), "2022年1月29日", "")
t = replace(t, "政府信息公开工作年度报告\n", "政府信息公开工作年度报告\n（2022年1月29日）\n")
write("000-date-in-title-block.txt", t, seed_truth("000"))

# Renderings of every seed (written by the tests) and pdftotext -layout prints: the seed's own truth.
for f in sorted(os.listdir(inputs)):
    m = re.match(r"(\d{3})-(flattened\.txt|spaced\.txt|ocr\.md|pdftotext\.txt|word\.html)$", f)
    if m: json.dump(dict(seed_truth(m.group(1)), file=f), open(os.path.join(truths, f + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
