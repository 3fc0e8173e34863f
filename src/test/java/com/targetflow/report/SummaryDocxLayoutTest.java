package com.targetflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetflow.DemoDistrictTest;
import com.targetflow.organisation.UnitKind;
import com.targetflow.organisation.Units;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;

/**
 * The summary's .docx set as an official document (GB/T 9704 where it applies), checked in the
 * document's own XML: A4 and its margins, headings as Word heading styles with outline levels,
 * page numbers in the footer between dashes, and the 落款 at the end.
 */
@DemoDistrictTest
class SummaryDocxLayoutTest {

    @Autowired
    ApplicationContext beans;

    @Autowired
    TestRestTemplate http;

    @Autowired
    Units units;

    @Test
    void theDocxIsA4WithHeadingStylesPageNumbersAndTheSignature() throws Exception {
        int year = 2106;
        new SmallYear(beans, year).issue(Map.of("ORG-2", 80)).report(Map.of("ORG-2", "82"));
        byte[] docx = http.withBasicAuth("manager", "demo")
                .getForObject("/api/plans/" + year + "/summary.docx", byte[].class);
        // Kept to be opened in LibreOffice or Word (soffice --headless --convert-to pdf shows it as printed).
        Path file = Files.createDirectories(Path.of("target", "summaries")).resolve(year + "-summary.docx");
        Files.write(file, docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String section = doc.getDocument().getBody().getSectPr().xmlText();
            assertThat(section)
                    .contains(
                            "w:w=\"11906\"",
                            "w:h=\"16838\"",
                            "w:top=\"2098\"",
                            "w:bottom=\"1984\"",
                            "w:left=\"1587\"",
                            "w:right=\"1474\"");

            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().xmlText())
                    .contains("w:outlineLvl w:val=\"0\"", "黑体");
            assertThat(doc.getStyles().getStyle("Heading2").getCTStyle().xmlText())
                    .contains("w:outlineLvl w:val=\"1\"", "楷体");
            assertThat(doc.getStyles().getStyle("Title").getCTStyle().xmlText())
                    .contains("方正小标宋简体", "w:sz w:val=\"44\"");

            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            assertThat(paragraphs.get(0).getStyle()).isEqualTo("Title");
            assertThat(paragraphs)
                    .filteredOn(p -> p.getText().matches("[一二三四]、.+"))
                    .extracting(XWPFParagraph::getStyle)
                    .hasSize(4)
                    .containsOnly("Heading1");
            assertThat(paragraphs)
                    .filteredOn(p -> p.getText().matches("（[一二三四]）.+"))
                    .extracting(XWPFParagraph::getStyle)
                    .hasSize(4)
                    .containsOnly("Heading2");

            String footer = doc.getFooterList().get(0)._getHdrFtr().xmlText();
            assertThat(footer).contains("— ", " —", "PAGE");

            XWPFParagraph by = paragraphs.get(paragraphs.size() - 2);
            XWPFParagraph on = paragraphs.get(paragraphs.size() - 1);
            assertThat(by.getText())
                    .isEqualTo(units.findByKindOrderByCode(UnitKind.DISTRICT_ASSOCIATION)
                            .get(0)
                            .getName());
            assertThat(by.getStyle()).isEqualTo("Signature");
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            assertThat(on.getText())
                    .isEqualTo(today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日");
        }
    }
}
