#!/usr/bin/env python3
"""More small documents for the readers' tests (`DocumentReadersTests+Layout`), each a way a file lays out its
text that the file's own structure shows: Word tables used for layout (a one-cell box, a borderless row of a
text and a sidebar), Word's line numbers in a PDF's margin, a title over two lines in a PDF, a page in two
balanced columns under a title across it. Other makers, words and positions than the corpus's hand-outs.
Run from anywhere:

    python3 Tests/Fixtures/documents/make-documents-2.py

It imports the corpus's `handoutgen.py` (LibreOffice's conversion, a CJK document) without changing it.
"""
import os
import sys

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "handouts"))
import handoutgen as g  # noqa: E402

W = nsdecls("w")


def soffice(src, fmt, dest):
    """handoutgen's conversion, with a LibreOffice profile of its own (another LibreOffice running on the
    machine holds the default one's lock)."""
    import shutil
    import subprocess
    import tempfile
    tmp = tempfile.mkdtemp()
    profile = "file://" + tempfile.mkdtemp()
    subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless", "--convert-to", fmt, "--outdir", tmp,
                    src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    stem = os.path.splitext(os.path.basename(src))[0]
    shutil.move(os.path.join(tmp, stem + "." + fmt.split(":")[0]), dest)


g.soffice = soffice


def out(name):
    return os.path.join(HERE, name)


def bold(cell_or_doc, text):
    p = cell_or_doc.add_paragraph()
    p.add_run(text).bold = True
    return p


def libreoffice_copy(src, name):
    """The .docx opened and saved again by LibreOffice (as a WPS or LibreOffice user sends it)."""
    g.soffice(src, "docx:MS Word 2007 XML", out(name))


def sidebar_table():
    """A page laid out with a borderless table of one row: the case on the left (Heading 1 parts and
    paragraphs), a sidebar on the right (bold role names over their items)."""
    d = docx.Document()
    d.add_paragraph("夜市的去留", style="Title")
    t = d.add_table(rows=1, cols=2)
    main, side = t.cell(0, 0), t.cell(0, 1)
    main.paragraphs[0].text = "背景"
    main.paragraphs[0].style = d.styles["Heading 1"]
    main.add_paragraph("老城区的夜市已有二十年，摊位沿河排开，夏夜人流不断。")
    main.add_paragraph("去年起，沿河居民投诉油烟和噪声，城管多次劝离。")
    main.add_paragraph("转机", style="Heading 1")
    main.add_paragraph("区里把夜市搬进一处闲置停车场，统一供电、统一收运垃圾。")
    main.add_paragraph("三个月后，摊主的收入回到了从前的八成。")
    side.paragraphs[0].add_run("教学目的").bold = True
    side.add_paragraph("1．认识街头经济的治理难题；")
    side.add_paragraph("2．比较疏导与取缔的成本。")
    bold(side, "讨论题")
    side.add_paragraph("1．夜市该不该搬？")
    side.add_paragraph("2．摊主的收入为什么没有完全恢复？")
    bold(side, "时间安排")
    side.add_paragraph("阅读（15分钟）")
    side.add_paragraph("辩论（35分钟）")
    d.save(out("layout-sidebar.docx"))
    libreoffice_copy(out("layout-sidebar.docx"), "libreoffice-layout-sidebar.docx")


def boxes():
    """Framed boxes: a one-cell bordered table round a 【背景链接】 label and two paragraphs, and a one-column
    table of three rows round a 【想一想】 label and two questions."""
    d = docx.Document()
    d.add_paragraph("共享菜园", style="Title")
    d.add_paragraph("学习目标", style="Heading 1")
    d.add_paragraph("1．理解社区公共空间的共治；")
    d.add_paragraph("2．分析志愿者的激励。")
    t = d.add_table(rows=1, cols=1)
    t.style = d.styles["Table Grid"]
    c = t.cell(0, 0)
    c.paragraphs[0].add_run("【背景链接】").bold = True
    c.add_paragraph("城市里的闲置角落越来越多，一些社区把它们改成了菜园。")
    c.add_paragraph("菜园由居民认领，收成归种菜的人。")
    d.add_paragraph("一、菜园开张", style="Heading 1")
    d.add_paragraph("二〇二二年春天，某社区把楼间的一块空地分成三十块，由居民抽签认领。")
    d.add_paragraph("二、浇水的争执", style="Heading 1")
    d.add_paragraph("夏天一到，用水多的人家和不种菜的人家起了争执，物业只好装了水表。")
    t = d.add_table(rows=3, cols=1)
    t.style = d.styles["Table Grid"]
    t.cell(0, 0).paragraphs[0].add_run("【想一想】").bold = True
    t.cell(1, 0).text = "1．菜园的水费该谁出？"
    t.cell(2, 0).text = "2．不种菜的居民有没有发言权？"
    d.add_paragraph("课堂安排", style="Heading 1")
    d.add_paragraph("1．分组讨论（30分钟）；")
    d.add_paragraph("2．全班交流（20分钟）。")
    d.save(out("boxes.docx"))
    libreoffice_copy(out("boxes.docx"), "libreoffice-boxes.docx")


def line_numbers():
    """Word's line numbering (every fifth line, in the left margin) printed to PDF by LibreOffice."""
    d = g.cjk_document(11)
    d.sections[0]._sectPr.append(parse_xml(f'<w:lnNumType {W} w:countBy="5" w:restart="continuous"/>'))
    d.add_paragraph("渡口的最后一班船", style="Title")
    d.add_paragraph("一、渡口", style="Heading 1")
    d.add_paragraph("江边的渡口开了六十年，每天往返十二班，过江的多是去对岸赶集的老人和上学的孩子。" * 3)
    d.add_paragraph("大桥通车以后，坐船的人一年比一年少，船票收入已经付不起船工的工资。" * 3)
    d.add_paragraph("二、停航之议", style="Heading 1")
    d.add_paragraph("交通部门提出停航，沿江两个村的村民联名反对，说绕行大桥要多走十公里。" * 3)
    d.add_paragraph("讨论题", style="Heading 1")
    for q in ["1．渡口该不该停？", "2．谁来为少数人的出行买单？"]:
        d.add_paragraph(q)
    g.save_converted(d, "line-numbers", "pdf", out("pdf-line-numbers.pdf"))


def title_two_lines():
    """A long title in a large size, wrapped by the page onto two lines; a quoted notice further down sets its
    own header larger than the headings."""
    d = g.cjk_document(11)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("从“一刀切”到“一村一策”：山区县农村生活垃圾分类的三年试点与反思")
    r.bold = True
    r.font.size = Pt(24)
    d.add_paragraph("一、试点的由来", style="Heading 1")
    d.add_paragraph("县里在五个乡镇试行垃圾分类，要求每户把垃圾分成四类。")
    d.add_paragraph("二、一份文件", style="Heading 1")
    d.add_paragraph("试点第二年，县里印发了一份文件：")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("某县人民政府办公室")
    r.font.size = Pt(22)
    r.font.color.rgb = RGBColor(0xCC, 0, 0)
    d.add_paragraph("各乡镇人民政府：现将分类办法印发给你们，请遵照执行。")
    d.add_paragraph("三、思考题", style="Heading 1")
    d.add_paragraph("1．试点为什么要改成一村一策？")
    g.save_converted(d, "title-two-lines", "pdf", out("pdf-title-two-lines.pdf"))


def balanced_columns():
    """A title across the page, then a section of two columns balanced on one page (a continuous section break
    before and after it), the left column's paragraph going on at the top of the right."""
    d = g.cjk_document(10)
    d.add_paragraph("菜市场的改造", style="Title")
    # The title's section ends here (continuous); the next section is in two columns and ends continuous too.
    p = d.add_paragraph()
    p._p.get_or_add_pPr().append(parse_xml(f'<w:sectPr {W}><w:type w:val="continuous"/></w:sectPr>'))
    d.add_paragraph("一、旧市场", style="Heading 2")
    d.add_paragraph("老菜市场建于上世纪九十年代，顶棚漏雨，地面湿滑，摊位之间的过道只容一人通过。" * 2)
    d.add_paragraph("附近的居民多是老人，他们习惯每天早上来买一把青菜，舍不得去远处的超市。" * 2)
    d.add_paragraph("二、改造方案", style="Heading 2")
    d.add_paragraph("街道请来设计师，把市场分成生鲜区和熟食区，加装排风和照明，摊位费三年不涨。" * 2)
    d.add_paragraph("摊主们起初担心改造期间没有生意，街道在路边搭了临时棚，让他们照常营业。")
    d.add_paragraph("讨论题", style="Heading 2")
    d.add_paragraph("1．改造的钱该谁出？")
    d.add_paragraph("2．老人的习惯要不要迁就？")
    p = d.add_paragraph()
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:sectPr {W}><w:type w:val="continuous"/><w:cols w:num="2" w:space="425"/></w:sectPr>'))
    d.sections[-1].start_type = WD_SECTION.CONTINUOUS
    g.save_converted(d, "balanced-columns", "pdf", out("pdf-balanced-columns.pdf"))


def slide_deck():
    """A 4:3 deck printed to PDF (a landscape page a slide, as a deck exported from WPS or Keynote): a title
    slide with the title over two lines, a subtitle and the teacher's name, slides of a heading over bullets
    (`- `) or numbered lines, the school's name and the slide's number in a footer, a closing `Q&A` slide."""
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_BREAK
    from docx.shared import Inches
    d = g.cjk_document(18)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(10), Inches(7.5)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Inches(0.7))
    foot = sec.footer.paragraphs[0]
    foot.add_run("某某学院·社区治理专题　").font.size = Pt(10)
    g.field(foot, "PAGE")

    def line(text, size, center=False):
        p = d.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.font.size = Pt(size)
        return p

    def slide(heading, lines):
        d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        line(heading, 30)
        for t in lines:
            line(t, 18)

    line("快递柜收费之后：", 40, center=True)
    line("一个小区的协商", 40, center=True)
    line("治理案例工作坊", 24, center=True)
    line("主讲：李老师", 16, center=True)
    slide("教学目标", ["- 认识公共空间收费的依据", "- 练习多方协商的步骤"])
    slide("收费引发不满", ["- 超时十二小时收费五角", "- 居民在业主群里抗议", "- 物业称收费是企业行为"])
    slide("三方坐下来谈", ["- 居委会召集听证", "- 快递公司延长免费时长"])
    slide("讨论", ["1．收费合理吗？", "2．居委会该扮演什么角色？"])
    slide("课堂安排", ["- 阅读（10分钟）", "- 分组讨论（30分钟）"])
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    line("Q&A", 54, center=True)
    g.save_converted(d, "slide-deck", "pdf", out("pdf-slide-deck.pdf"))


def lines_over_title():
    """Lines over the title that are not it: a .docx with a right-aligned term line over a larger bold centred
    title (sizes by hand, no styles), and a PDF of a quiz sheet whose fields line (`学院：____　学号：____`)
    stands over a bold centred title in the body's size."""
    d = docx.Document()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("城市管理专题·2024年春季").font.size = Pt(10)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("停车位上的地锁")
    r.bold = True
    r.font.size = Pt(20)
    for head, body in [("一、地锁从哪里来", "老小区的车位不够，有人在楼下装了地锁。"),
                       ("二、拆还是不拆", "业委会投票决定统一拆除，同时按月出租车位。")]:
        r = d.add_paragraph().add_run(head)
        r.bold = True
        r.font.size = Pt(14)
        d.add_paragraph(body)
    r = d.add_paragraph().add_run("讨论题")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("1．私装地锁错在哪里？")
    d.save(out("lines-over-title.docx"))
    # Word's own Title style under a right-aligned lecture line and a date.
    d = docx.Document()
    for text in ["第三讲　基层治理", "2024年3月"]:
        d.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("停车位上的地锁", style="Title")
    d.add_paragraph("一、地锁从哪里来", style="Heading 1")
    d.add_paragraph("老小区的车位不够，有人在楼下装了地锁。")
    d.add_paragraph("讨论题", style="Heading 1")
    d.add_paragraph("1．私装地锁错在哪里？")
    d.save(out("lines-over-title-style.docx"))
    d = g.cjk_document(11)
    p = d.add_paragraph("学院：____________　　　　学号：____________")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("小测验：公园夜间开放").bold = True
    d.add_paragraph("一、背景")
    d.add_paragraph("市区的三座公园试行夜间开放到二十二点，附近居民反映噪声扰民。")
    d.add_paragraph("二、问题")
    d.add_paragraph("1．夜间开放的成本由谁承担？")
    d.add_paragraph("____________________________________")
    g.save_converted(d, "quiz-sheet", "pdf", out("pdf-fields-over-title.pdf"))


if __name__ == "__main__":
    if "--pdf-only" not in sys.argv:
        sidebar_table()
        boxes()
    line_numbers()
    title_two_lines()
    balanced_columns()
    slide_deck()
    lines_over_title()
