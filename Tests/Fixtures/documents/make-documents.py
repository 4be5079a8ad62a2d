#!/usr/bin/env python3
"""Small documents for the readers' tests (`DocumentReadersTests`): one WordprocessingML element or one
piece of a PDF's geometry each, made with python-docx (the elements python-docx has no call for added as
their XML, as Word writes them) and printed to PDF by LibreOffice. Run from anywhere:

    python3 Tests/Fixtures/documents/make-documents.py

It imports the corpus's `handoutgen.py` (LibreOffice's conversion, a CJK document) without changing it.
"""
import copy
import os
import sys

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "handouts"))
import handoutgen as g  # noqa: E402

W = nsdecls("w")


def out(name):
    return os.path.join(HERE, name)


def run_xml(inner):
    return parse_xml(f"<w:r {W}>{inner}</w:r>")


def form_table():
    """A lesson plan's form: one table of labels, some over several paragraphs in their cell."""
    d = docx.Document()
    d.add_paragraph("《公共管理》案例教学教案")
    rows = [
        ("案例名称", ["社区食堂的账本"]),
        ("授课对象", ["公共管理专业本科二年级"]),
        ("教学目标", ["1．理解社区服务的成本分担；", "2．学会读一份运营账本。"]),
        ("案例内容", ["社区食堂开张半年，每天亏损三百元。", "街道决定引入企业运营，但老人担心涨价。", "一年后，食堂收支持平。"]),
        ("讨论问题", ["1．亏损该由谁承担？", "2．企业运营的边界在哪里？"]),
        ("时间安排", ["阅读（10分钟）", "讨论（30分钟）"]),
    ]
    t = d.add_table(rows=len(rows), cols=2)
    for r, (label, paragraphs) in enumerate(rows):
        t.cell(r, 0).text = label
        cell = t.cell(r, 1)
        cell.text = paragraphs[0]
        for p in paragraphs[1:]:
            cell.add_paragraph(p)
    d.save(out("form-table.docx"))
    # A table of data: its cells' paragraphs stay on the row's line.
    d = docx.Document()
    d.add_paragraph("附表1　食堂收支")
    t = d.add_table(rows=3, cols=2)
    for r, row in enumerate([("月份", "收支"), ("1月", "亏损九千元"), ("6月", "持平")]):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    t.cell(2, 1).add_paragraph("（含补贴）")
    d.save(out("data-table.docx"))


def template_form():
    """A school's 教案 template: a heading row spanning the table, two label-value pairs side by side in a row,
    then labels over paragraphs."""
    d = docx.Document()
    t = d.add_table(rows=5, cols=4)
    top = t.cell(0, 0).merge(t.cell(0, 3))
    top.text = "《公共管理》案例教学教案"
    for c, text in enumerate(["授课教师", "王老师", "授课班级", "公管2班"]):
        t.cell(1, c).text = text
    rows = [("案例名称", ["社区食堂的账本"]), ("讨论问题", ["1．亏损该由谁承担？", "2．企业运营的边界在哪里？"]),
            ("案例内容", ["社区食堂开张半年，每天亏损三百元。", "一年后，食堂收支持平。"])]
    for r, (label, paragraphs) in enumerate(rows, start=2):
        t.cell(r, 0).text = label
        cell = t.cell(r, 1).merge(t.cell(r, 3))
        cell.text = paragraphs[0]
        for p in paragraphs[1:]:
            cell.add_paragraph(p)
    d.save(out("template-form.docx"))


def subtitle():
    """Word's Title, then its Subtitle in English (longer than a short line a text would call a subtitle)."""
    d = docx.Document()
    d.add_paragraph("出海之路：一家茶饮公司的东南亚扩张", style="Title")
    d.add_paragraph("Going Global: A Tea Chain's Expansion into Southeast Asia", style="Subtitle")
    d.add_paragraph("背景", style="Heading 1")
    d.add_paragraph("公司2019年在曼谷开出第一家门店。")
    d.add_paragraph("思考题", style="Heading 1")
    d.add_paragraph("1．为什么先去泰国？")
    # A Subtitle not under the title is text as it is.
    d.add_paragraph("一段不在标题下的副标题样式文字", style="Subtitle")
    d.save(out("subtitle.docx"))


def inline_elements():
    """One paragraph per element that carries text or hides it (ECMA-376 part 1, §17.3.3, §17.13, §17.5)."""
    d = docx.Document()
    d.add_paragraph("元素", style="Title")
    body = d.element.body

    def para(*runs):
        p = d.add_paragraph()
        for r in runs:
            p._p.append(r if not isinstance(r, str) else run_xml(f'<w:t xml:space="preserve">{r}</w:t>'))
        return p

    # Hidden text (w:vanish): not shown, not read.
    para("可见的文字", run_xml('<w:rPr><w:vanish/></w:rPr><w:t>隐藏的批注</w:t>'), "到此为止。")
    # Tracked changes: inserted text is read, deleted and moved-away text is not, moved-to text is.
    p = para("修订：")
    p._p.append(parse_xml(f'<w:ins {W} w:id="1" w:author="a"><w:r><w:t>新增的</w:t></w:r></w:ins>'))
    p._p.append(parse_xml(f'<w:del {W} w:id="2" w:author="a"><w:r><w:delText>删去的</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:moveFrom {W} w:id="3" w:author="a"><w:r><w:t>移走的</w:t></w:r></w:moveFrom>'))
    p._p.append(parse_xml(f'<w:moveTo {W} w:id="4" w:author="a"><w:r><w:t>移来的</w:t></w:r></w:moveTo>'))
    # Ruby (phonetic guide): the base is the text, the guide over it is not.
    p = para("注音：")
    p._p.append(parse_xml(
        f'<w:r {W}><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/></w:rubyPr>'
        '<w:rt><w:r><w:t>yǒu</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>莜</w:t></w:r></w:rubyBase></w:ruby></w:r>'))
    p._p.append(run_xml("<w:t>面</w:t>"))
    # A non-breaking hyphen, a symbol (an arrow by its code point) and a Wingdings check mark (no text).
    para("COVID", run_xml("<w:noBreakHyphen/>"), "19 疫情", run_xml('<w:sym w:font="Symbol" w:char="2192"/>'),
         "封控", run_xml('<w:sym w:font="Wingdings" w:char="F0FC"/>'))
    # A field: its result is read, its code is not.
    para("第", run_xml('<w:fldChar w:fldCharType="begin"/>'), run_xml('<w:instrText> PAGE </w:instrText>'),
         run_xml('<w:fldChar w:fldCharType="separate"/>'), "3", run_xml('<w:fldChar w:fldCharType="end"/>'), "页")
    # An equation (Office Math): its text is read.
    p = para("公式：")
    p._p.append(parse_xml(
        '<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math">'
        '<m:r><m:t>ROI=收益/成本</m:t></m:r></m:oMath>'))
    # A content control showing its placeholder (a template's 单击此处输入文字): left out; a filled one is read.
    body.append(parse_xml(
        f'<w:sdt {W}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>单击或点击此处输入文字。</w:t>'
        '</w:r></w:p></w:sdtContent></w:sdt>'))
    body.append(parse_xml(
        f'<w:sdt {W}><w:sdtPr><w:alias w:val="作者"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>作者：王老师</w:t>'
        '</w:r></w:p></w:sdtContent></w:sdt>'))
    # A text box anchored in a paragraph (wps, with its VML fallback): its paragraphs are paragraphs, once.
    box = ('<w:txbxContent><w:p><w:r><w:t>专栏：食堂的账本</w:t></w:r></w:p>'
           '<w:p><w:r><w:t>每餐成本十二元。</w:t></w:r></w:p></w:txbxContent>')
    p = para("正文在文本框之前，")
    p._p.append(parse_xml(
        f'<w:r {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>'
        f'<mc:Choice Requires="wps"><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:textbox>{box}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>'))
    p._p.append(run_xml("<w:t>正文在文本框之后。</w:t>"))
    # A comment (comments.xml) and the page's header and footer (header1.xml, footer1.xml): not the hand-out's text.
    p = d.add_paragraph()
    run = p.add_run("有批注的一句。")
    d.add_comment(run, text="审稿人的批注内容", author="审稿人")
    d.sections[0].header.paragraphs[0].text = "页眉：公共管理案例库"
    d.sections[0].footer.paragraphs[0].text = "页脚：内部资料"
    d.save(out("inline-elements.docx"))


def endnotes():
    """A footnote and an endnote (pandoc writes footnotes; the endnote part is added as Word writes it)."""
    import subprocess
    import tempfile
    import zipfile
    md = "---\ntitle: 注释\n---\n\n# 背景\n\n食堂每天亏损三百元[^1]，街道补贴一半。\n\n[^1]: 2022年街道的统计。\n"
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "notes.docx")
    g.pandoc(md, src)
    z = zipfile.ZipFile(src)
    files = {n: z.read(n) for n in z.namelist()}
    z.close()
    doc = files["word/document.xml"].decode()
    ref = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteReference w:id="2"/></w:r>'
    doc = doc.replace("街道补贴一半。", "街道补贴一半。</w:t></w:r>" + ref + "<w:r><w:t>", 1)
    files["word/document.xml"] = doc.encode()
    files["word/endnotes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:endnotes {W}>'
        '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>'
        '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>'
        '<w:endnote w:id="2"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> 补贴标准见街道文件。</w:t></w:r></w:p>'
        '</w:endnote></w:endnotes>').encode()
    rels = files["word/_rels/document.xml.rels"].decode()
    if "endnotes.xml" not in rels:
        rels = rels.replace("</Relationships>", '<Relationship Id="rIdEndnotes" Type="http://schemas.openxmlformats.org/'
                            'officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/></Relationships>')
    files["word/_rels/document.xml.rels"] = rels.encode()
    ct = files["[Content_Types].xml"].decode()
    if "endnotes.xml" not in ct:
        ct = ct.replace("</Types>", '<Override PartName="/word/endnotes.xml" ContentType="application/'
                        'vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/></Types>')
    files["[Content_Types].xml"] = ct.encode()
    with zipfile.ZipFile(out("endnotes.docx"), "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in files.items():
            z.writestr(n, data)


def pdf_table_and_paragraphs():
    """A LibreOffice PDF: paragraphs with a first-line indent, one whose first line ends at `；` at the right
    margin; a two-column table with a header row and a cell wrapped over two lines; a page footer."""
    d = g.cjk_document(11)
    d.styles["Normal"].paragraph_format.space_after = Pt(0)  # paragraphs told apart by their indent alone
    d.add_paragraph("社区食堂的账本", style="Title")
    d.add_paragraph("一、开张", style="Heading 1")
    indent = Pt(22)
    # The body is 6 inches wide (python-docx's Letter page and margins): 39 characters of 11 pt, 37 after the
    # indent. The first line ends at its 37th character, `；`.
    first = "社区食堂开张半年，每天亏损三百元，街道每个月要补贴九千元，老人们却说菜价太贵；"
    assert len(first) == 37 + 2, len(first)
    paragraphs = [
        first[2:] + "另一些居民则认为，食堂应当向年轻人开放，用他们的餐费补贴老人的伙食。",
        "街道请来一家餐饮企业运营食堂，约定三年内不涨老人的菜价，企业可以向社区的年轻上班族供应午餐。",
    ]
    for text in paragraphs:
        p = d.add_paragraph(text)
        p.paragraph_format.first_line_indent = indent
    # An interview at the margin, no indent: an answer of one full line ending at `。`, then a question.
    answer = "答：老人多，年轻人少，每餐成本十二元，老人只付五元，差价靠街道补贴，入不敷出。"
    assert len(answer) == 39, len(answer)
    for text in ["以下是访谈摘录：", "问：食堂为什么亏损？", answer, "问：以后怎么办？"]:
        d.add_paragraph(text)
    d.add_paragraph("二、课堂安排", style="Heading 1")
    t = d.add_table(rows=5, cols=2)
    rows = [("时间", "内容"), ("14:00—14:15", "教师导入"), ("14:15—14:55", "分组讨论，每组选出一位同学记录要点，讨论结束前把要点写在白板上"),
            ("14:55—15:30", "小组汇报"), ("15:30—15:40", "Wrap-up and Q&A 总结")]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    d.add_paragraph("三、思考题", style="Heading 1")
    d.add_paragraph("1．亏损该由谁承担？")
    d.sections[0].footer.paragraphs[0].text = "公共管理案例库"
    g.save_converted(d, "pdf-geometry", "pdf", out("pdf-geometry.pdf"))


def header_row():
    """A table whose first row Word marks as its header (`w:tblHeader`, "repeat as header row"), its cells
    years (digits, so not a header by their look), and the same table without the mark."""
    d = docx.Document()
    d.add_paragraph("社区食堂的账本", style="Title")
    d.add_paragraph("收支", style="Heading 1")
    d.add_paragraph("食堂两年的收支如下。")
    for marked in [True, False]:
        t = d.add_table(rows=3, cols=2)
        for r, row in enumerate([("2021年", "2022年"), ("亏损九千元", "持平"), ("补贴一半", "不再补贴")]):
            for c, text in enumerate(row):
                t.cell(r, c).text = text
        if marked:
            t.rows[0]._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {W}/>"))
        d.add_paragraph("表后的一段。")
    d.save(out("header-row.docx"))


def pdf_spaced_paragraphs():
    """A LibreOffice PDF whose paragraphs are set apart by space after them, no indent: a sentence ends at
    the right margin in the middle of a paragraph (its first line of 39 characters ends at `。`)."""
    d = g.cjk_document(11)
    d.add_paragraph("社区食堂的账本", style="Title")
    d.add_paragraph("一、开张", style="Heading 1")
    first = "社区食堂开张半年，每天亏损三百元，街道每个月要补贴九千元，老人们却嫌菜价贵了。"
    assert len(first) == 39, len(first)
    for text in [first + "另一些居民认为，食堂应当向年轻人开放，用他们的餐费补贴老人的伙食。",
                 "街道请来一家餐饮企业运营食堂，约定三年内不涨老人的菜价，企业可以向社区的年轻上班族供应午餐。",
                 "一年后，食堂收支持平，老人的菜价没有涨。"]:
        p = d.add_paragraph(text)
        p.paragraph_format.space_after = Pt(10)
    d.add_paragraph("二、思考题", style="Heading 1")
    d.add_paragraph("1．亏损该由谁承担？")
    g.save_converted(d, "pdf-spaced", "pdf", out("pdf-spaced-paragraphs.pdf"))


def pdf_two_columns():
    """A LibreOffice PDF set in two columns (Word's section columns): running text side by side, no table."""
    d = g.cjk_document(11)
    d.add_paragraph("网格员的一天", style="Title")
    sect = d.sections[0]._sectPr
    sect.append(parse_xml(f'<w:cols {W} w:num="2" w:space="425"/>'))
    d.add_paragraph("一、网格的由来", style="Heading 1")
    line = "街道将辖区划分为八十六个网格，每个网格配备一名专职网格员，负责信息采集和矛盾排查。"
    for k in range(16):
        d.add_paragraph(line * 2)
    d.add_paragraph("二、思考题", style="Heading 1")
    d.add_paragraph("1．网格员的负担从何而来？")
    g.save_converted(d, "pdf-columns", "pdf", out("pdf-two-columns.pdf"))


def merged_cells():
    """A plan table whose first column's cells are merged down over two rows (`w:vMerge`), and a row whose
    last two cells are one (`w:gridSpan`)."""
    d = docx.Document()
    d.add_paragraph("社区食堂的账本", style="Title")
    d.add_paragraph("课堂安排", style="Heading 1")
    t = d.add_table(rows=5, cols=3)
    rows = [("课时", "环节", "时长"), ("第一课时", "阅读案例", "20分钟"), ("", "小组讨论", "25分钟"),
            ("第二课时", "小组汇报", "30分钟"), ("", "教师总结", "")]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text:
                t.cell(r, c).text = text
    t.cell(1, 0).merge(t.cell(2, 0))
    t.cell(3, 0).merge(t.cell(4, 0))
    t.cell(4, 1).merge(t.cell(4, 2))
    d.save(out("merged-cells.docx"))


def numbering_formats():
    """Word's number formats a Chinese hand-out uses, each a list of two paragraphs (numbering.xml's
    abstractNum and num added to python-docx's numbering part): what Word shows before each."""
    d = docx.Document()
    d.add_paragraph("编号", style="Title")
    numbering = d.part.numbering_part.element
    formats = [("decimalEnclosedParen", "%1"), ("ideographZodiac", "%1、"), ("decimalZero", "%1 "),
               ("ideographDigital", "第%1条"), ("decimalEnclosedCircle", "%1"), ("chineseCounting", "（%1）"),
               ("none", "%1"), ("bullet", "•")]
    for k, (fmt, text) in enumerate(formats, start=101):
        numbering.insert(0, parse_xml(
            f'<w:abstractNum {W} w:abstractNumId="{k}"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl></w:abstractNum>'))
        numbering.append(parse_xml(f'<w:num {W} w:numId="{k}"><w:abstractNumId w:val="{k}"/></w:num>'))
        for item in ["第一项", "第二项"]:
            p = d.add_paragraph(f"{fmt}：{item}")
            p._p.get_or_add_pPr().insert(0, parse_xml(
                f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="{k}"/></w:numPr>'))
    # Word's list numbers on paragraphs in a table's cell: shown there too.
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "讨论问题"
    cell = t.cell(0, 1)
    cell.text = "亏损该由谁承担？"
    cell.add_paragraph("企业运营的边界在哪里？")
    for p in cell.paragraphs:
        p._p.get_or_add_pPr().insert(0, parse_xml(f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="106"/></w:numPr>'))
    d.save(out("numbering-formats.docx"))


def saved_by_libreoffice():
    """The form, the subtitle and the notes opened and saved again by LibreOffice (as WPS and LibreOffice
    users hand them out): its own XML for the same structure."""
    for name in ["form-table", "template-form", "subtitle", "endnotes", "header-row", "merged-cells", "numbering-formats"]:
        g.soffice(out(name + ".docx"), "docx:MS Word 2007 XML", out("libreoffice-" + name + ".docx"))


def pandoc_subtitle():
    """pandoc's title block: `title:` and `subtitle:` become Word's Title and Subtitle styles."""
    md = ("---\ntitle: 出海之路：一家茶饮公司的东南亚扩张\nsubtitle: \"Going Global: A Tea Chain's Expansion into "
          "Southeast Asia\"\n---\n\n# 背景\n\n公司2019年在曼谷开出第一家门店。\n\n# 思考题\n\n1．为什么先去泰国？\n")
    g.pandoc(md, out("pandoc-subtitle.docx"))


def pandoc_form():
    """A form written as a pandoc grid table (no header row), cells of two paragraphs, made into a .docx."""
    md = """《公共管理》案例教学教案

+----------+------------------------------------------+
| 案例名称 | 社区食堂的账本                           |
+----------+------------------------------------------+
| 授课对象 | 公共管理专业本科二年级                   |
+----------+------------------------------------------+
| 讨论问题 | 1．亏损该由谁承担？                      |
|          |                                          |
|          | 2．企业运营的边界在哪里？                |
+----------+------------------------------------------+
| 案例内容 | 社区食堂开张半年，每天亏损三百元。       |
|          |                                          |
|          | 一年后，食堂收支持平。                   |
+----------+------------------------------------------+
"""
    g.pandoc(md, out("pandoc-form-table.docx"))


def damaged():
    """A .docx whose document.xml is cut short (a download broken off): an error naming the file, not half a text."""
    import zipfile
    src = out("subtitle.docx")
    with zipfile.ZipFile(src) as z:
        files = {n: z.read(n) for n in z.namelist()}
    xml = files["word/document.xml"]
    files["word/document.xml"] = xml[: len(xml) // 2]
    with zipfile.ZipFile(out("damaged.docx"), "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in files.items():
            z.writestr(n, data)
    # A writer's fault that leaves the document whole: a `<` not escaped in the text (`<意见>` written as is).
    files["word/document.xml"] = xml.replace("公司2019年".encode(), "依据<意见>，公司2019年".encode())
    with zipfile.ZipFile(out("stray-bracket.docx"), "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in files.items():
            z.writestr(n, data)


if __name__ == "__main__":
    form_table()
    template_form()
    subtitle()
    inline_elements()
    endnotes()
    pdf_table_and_paragraphs()
    header_row()
    merged_cells()
    numbering_formats()
    pdf_spaced_paragraphs()
    pdf_two_columns()
    saved_by_libreoffice()
    pandoc_subtitle()
    pandoc_form()
    damaged()
