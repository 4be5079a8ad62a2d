#!/usr/bin/env python3
"""Writes fifty-pages.pdf, the 50-page hand-out caseroom-bench imports (through pdftotext):
headings, objectives, long paragraphs of the seed case repeated, questions and a plan,
printed by LibreOffice from a .docx made with python-docx. The PDF is committed.

    pip install python-docx; apt-get install libreoffice-writer-nogui fonts-wqy-zenhei
    python3 Tests/Fixtures/bench/make-fifty-pages.py
"""
import os, subprocess, tempfile
import docx
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
seed = open(os.path.join(HERE, "..", "twelve-golden-projects.txt"), encoding="utf-8").read()
body = seed.split("\n", 1)[1].replace("\n", "")
sentences = [s + "。" for s in body.split("。") if s.strip()]

d = docx.Document()
d.styles["Normal"].font.name = "WenQuanYi Zen Hei"
d.styles["Normal"].font.size = Pt(11)
d.add_paragraph("中国十二金工程（五十页）", style="Title")
d.add_paragraph("一、教学目的", style="Heading 1")
d.add_paragraph("1．了解中国电子政务的发展历程。")
d.add_paragraph("2．了解中国电子政务发展的特点及主要任务。")
d.add_paragraph("二、案例内容", style="Heading 1")
k = 0
for n in range(1, 54):
    d.add_paragraph(f"（{n}）第{n}部分", style="Heading 2")
    for _ in range(3):
        p = d.add_paragraph("".join(sentences[(k + i) % len(sentences)] for i in range(6)))
        p.paragraph_format.first_line_indent = Pt(22)
        k += 6
d.add_paragraph("三、思考题", style="Heading 1")
d.add_paragraph("1．你所在单位的电子政务系统属于其中的哪一个工程？")
d.add_paragraph("四、课堂安排", style="Heading 1")
d.add_paragraph("1．阅读；")
d.add_paragraph("2．讨论。")
tmp = tempfile.mkdtemp()
src = os.path.join(tmp, "fifty-pages.docx")
d.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
pages = subprocess.run(["pdfinfo", os.path.join(HERE, "fifty-pages.pdf")], capture_output=True, text=True).stdout
print([l for l in pages.splitlines() if l.startswith("Pages")])
