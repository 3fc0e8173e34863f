package com.targetflow.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.stereotype.Component;

/**
 * The summary as a Word document (.docx), set as Chinese official documents are: the title in
 * 宋体 bold, headings in 黑体 and 楷体, the text in 仿宋 at 三号 (16 pt) with a two-character first-line
 * indent. Each run names its East Asian font, so that WPS and Word show the same. Figures missing
 * from the data are highlighted; places for the writer are grey.
 */
@Component
class SummaryDocx {

    private static final String TITLE_FONT = "宋体";
    private static final String HEADING_FONT = "黑体";
    private static final String SUBHEADING_FONT = "楷体";
    private static final String BODY_FONT = "仿宋";

    byte[] write(WorkSummary summary) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(240);
            run(title, summary.title(), TITLE_FONT, 22, true).setColor("000000");
            for (WorkSummary.Block block : summary.blocks()) {
                XWPFParagraph p = doc.createParagraph();
                p.setSpacingBetween(1.5);
                switch (block.level()) {
                    case HEADING -> block.parts().forEach(part -> run(p, part.text(), HEADING_FONT, 16, false));
                    case SUBHEADING -> block.parts().forEach(part -> run(p, part.text(), SUBHEADING_FONT, 16, true));
                    case PARAGRAPH -> {
                        // Two characters of 16 pt: 640 twentieths of a point.
                        p.setIndentationFirstLine(640);
                        for (WorkSummary.Part part : block.parts()) {
                            XWPFRun r = run(p, part.text(), BODY_FONT, 16, false);
                            if (part.kind() == WorkSummary.PartKind.MISSING) {
                                r.setTextHighlightColor("yellow");
                                r.setColor("C00000");
                            } else if (part.kind() == WorkSummary.PartKind.WRITE) {
                                r.setColor("808080");
                                r.setItalic(true);
                            }
                        }
                    }
                    default -> { }
                }
            }
            doc.getProperties().getCoreProperties().setTitle(summary.title());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
        r.setFontSize(size);
        r.setBold(bold);
        return r;
    }

}
