package com.targetflow.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.springframework.stereotype.Component;

/**
 * The summary as a Word document (.docx), laid out as GB/T 9704 sets out a Chinese official
 * document where it applies to a work summary: A4 with its margins (37 / 35 / 28 / 26 mm), the
 * title in 小标宋 二号, the text in 仿宋 三号 (16 pt) with a two-character first-line indent, 一、 headings
 * in 黑体 and （一） headings in 楷体 as Word heading styles (so that the navigation pane, a table of
 * contents and LibreOffice's navigator list them), page numbers in the footer as "— 1 —", and the
 * 落款 (the association's name and the date) at the end. Each run names its East Asian font, so that
 * WPS and Word show the same. Figures missing from the data are highlighted; places for the writer are grey.
 */
@Component
class SummaryDocx {

    /** 方正小标宋简体 where installed; the style names the fonts that stand in for it elsewhere. */
    private static final String TITLE_FONT = "方正小标宋简体";

    private static final String HEADING_FONT = "黑体";
    private static final String SUBHEADING_FONT = "楷体";
    private static final String BODY_FONT = "仿宋";

    /** Twentieths of a point: A4, and the margins of GB/T 9704 (1 mm = 56.7). */
    private static final int A4_WIDTH = 11906;

    private static final int A4_HEIGHT = 16838;
    private static final int TOP = 2098;
    private static final int BOTTOM = 1984;
    private static final int LEFT = 1587;
    private static final int RIGHT = 1474;
    private static final int FOOTER = 1134;

    /** The heading styles that carry the outline: 一、 level 1, （一） level 2. */
    private static final String STYLES = """
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
              <w:docDefaults>
                <w:rPrDefault><w:rPr><w:rFonts w:ascii="%4$s" w:hAnsi="%4$s" w:eastAsia="%4$s"/><w:sz w:val="32"/>
                  <w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>
              </w:docDefaults>
              <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>
                <w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:style>
              <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/>
                <w:pPr><w:spacing w:after="480" w:line="700" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr>
                <w:rPr><w:rFonts w:ascii="%1$s" w:hAnsi="%1$s" w:eastAsia="%1$s" w:hint="eastAsia"/><w:sz w:val="44"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
                <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:ind w:firstLine="640"/><w:outlineLvl w:val="0"/></w:pPr>
                <w:rPr><w:rFonts w:ascii="%2$s" w:hAnsi="%2$s" w:eastAsia="%2$s"/><w:sz w:val="32"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>
                <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:ind w:firstLine="640"/><w:outlineLvl w:val="1"/></w:pPr>
                <w:rPr><w:rFonts w:ascii="%3$s" w:hAnsi="%3$s" w:eastAsia="%3$s"/><w:sz w:val="32"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Signature"><w:name w:val="Signature"/><w:basedOn w:val="Normal"/>
                <w:pPr><w:jc w:val="right"/><w:ind w:right="1280"/></w:pPr></w:style>
            </w:styles>
            """.formatted(TITLE_FONT, HEADING_FONT, SUBHEADING_FONT, BODY_FONT);

    byte[] write(WorkSummary summary) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(STYLES).getStyles());
            page(doc);
            XWPFParagraph title = doc.createParagraph();
            title.setStyle("Title");
            run(title, summary.title(), TITLE_FONT);
            for (WorkSummary.Block block : summary.blocks()) {
                XWPFParagraph p = doc.createParagraph();
                switch (block.level()) {
                    case HEADING -> {
                        p.setStyle("Heading1");
                        block.parts().forEach(part -> run(p, part.text(), HEADING_FONT));
                    }
                    case SUBHEADING -> {
                        p.setStyle("Heading2");
                        block.parts().forEach(part -> run(p, part.text(), SUBHEADING_FONT));
                    }
                    case PARAGRAPH -> {
                        // Two characters of 16 pt: 640 twentieths of a point.
                        p.setIndentationFirstLine(640);
                        for (WorkSummary.Part part : block.parts()) {
                            XWPFRun r = run(p, part.text(), BODY_FONT);
                            if (part.kind() == WorkSummary.PartKind.MISSING) {
                                r.setTextHighlightColor("yellow");
                                r.setColor("C00000");
                            } else if (part.kind() == WorkSummary.PartKind.WRITE) {
                                r.setColor("808080");
                                r.setItalic(true);
                            }
                        }
                    }
                    default -> {}
                }
            }
            signature(doc, summary);
            doc.getProperties().getCoreProperties().setTitle(summary.title());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException e) {
            throw new IllegalStateException("The summary's styles do not parse", e);
        }
    }

    /** A4, the margins, and the page number centred in the footer between dashes: — 1 —. */
    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(TOP));
        margins.setBottom(BigInteger.valueOf(BOTTOM));
        margins.setLeft(BigInteger.valueOf(LEFT));
        margins.setRight(BigInteger.valueOf(RIGHT));
        margins.setFooter(BigInteger.valueOf(FOOTER));
        margins.setHeader(BigInteger.valueOf(FOOTER));
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph number = footer.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        run(number, "— ", BODY_FONT).setFontSize(14);
        number.getCTP().addNewFldSimple().setInstr(" PAGE ");
        run(number, " —", BODY_FONT).setFontSize(14);
    }

    /** 落款: the association's name and the date, right-aligned under the text. */
    private static void signature(XWPFDocument doc, WorkSummary summary) {
        doc.createParagraph();
        for (String line : new String[] {summary.signedBy(), summary.signedOn()}) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("Signature");
            run(p, line, BODY_FONT);
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
        return r;
    }
}
