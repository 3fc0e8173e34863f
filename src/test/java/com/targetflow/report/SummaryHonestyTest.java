package com.targetflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetflow.DemoDistrictTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;

/**
 * The summary claims what the year's data shows and nothing more (SummaryClaims), tried on three
 * small years of sub-district 1: every target met, targets missed (one of them at zero), and a
 * target with no approved value. Read back from the .docx, as the office would read it.
 */
@DemoDistrictTest
class SummaryHonestyTest {

    @Autowired
    ApplicationContext beans;

    @Autowired
    TestRestTemplate http;

    @Test
    void aYearWithEveryTargetMetSaysSoAndListsNoProblem() throws Exception {
        int year = 2101;
        new SmallYear(beans, year).issue(Map.of("ORG-2", 80, "FAC-2", 3)).report(Map.of("ORG-2", "82", "FAC-2", "3"));
        List<String> text = summary(year, "SD01");
        // Indicators that are not in this year's plan still show as missing data: the year does not hold them.
        assertThat(String.join("\n", text)).contains("全年2项目标任务全面完成。").doesNotContain("未完成");
        assertThat(text).contains("二、存在问题", "三、" + (year + 1) + "年工作打算");
        assertThat(text.get(text.indexOf("二、存在问题") + 1)).startsWith("【请撰写：本年度工作中的不足");
    }

    @Test
    void aYearWithMissesNamesEachWithItsFiguresAndNeverCountsAZeroAsWorkDone() throws Exception {
        int year = 2102;
        new SmallYear(beans, year)
                .issue(Map.of("ORG-2", 80, "VOL-1", 1, "FAC-2", 3))
                .report(Map.of("ORG-2", "64", "VOL-1", "0", "FAC-2", "3"));
        List<String> text = summary(year, "SD01");
        String all = String.join("\n", text);
        assertThat(all).doesNotContain("全面完成").contains("全年3项目标任务中，完成1项，未完成2项（见“存在问题”）。");
        int problems = text.indexOf("二、存在问题");
        assertThat(problems).isPositive();
        List<String> listed = text.subList(problems + 1, text.indexOf("三、" + (year + 1) + "年工作打算"));
        assertThat(listed)
                .anyMatch(l -> l.startsWith("1、")
                        && l.contains("建立社区科普小组的社区")
                        && l.contains("目标80%")
                        && l.contains("完成64%")
                        && l.contains("差16%"));
        assertThat(listed)
                .anyMatch(l -> l.startsWith("2、") && l.contains("目标1次") && l.contains("完成0次") && l.contains("差1次"));
        // The volunteers' sentence would have said "参加大型科普活动0次" as an achievement.
        assertThat(all).doesNotContain("参加大型科普活动0次").contains("志愿者参加大型科普活动次数（VOL-1）：0");
        assertThat(text.subList(text.indexOf("三、" + (year + 1) + "年工作打算"), text.size()))
                .anyMatch(l -> l.startsWith("【请撰写：“") && l.contains("未完成，下一年的改进措施"));
    }

    @Test
    void aYearWithMissingDataSaysWhatIsMissingAndNoHeadingClaimsIt() throws Exception {
        int year = 2103;
        // Issued and confirmed, never reported: no approved value for any target.
        new SmallYear(beans, year).issue(Map.of("ORG-2", 80, "FAC-2", 3), "LEAD-1");
        String unit = String.join("\n", summary(year, "SD01"));
        assertThat(unit)
                .doesNotContain("全面完成")
                .contains("全年2项目标任务中，完成0项，未完成0项，另有2项没有审核通过的完成值")
                .containsPattern("、“[^”]+”：目标80%，全年没有审核通过的完成值。");
        List<String> district = summary(year, null);
        assertThat(district).doesNotContain("（一）成立了区全民科学素质领导小组，健全组织领导机构。").contains("（一）区全民科学素质领导小组");
        assertThat(String.join("\n", district)).doesNotContain("全面完成");
    }

    private List<String> summary(int year, String unit) throws Exception {
        byte[] docx = http.withBasicAuth("manager", "demo")
                .getForObject(
                        "/api/plans/" + year + "/summary.docx" + (unit == null ? "" : "?unit=" + unit), byte[].class);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        }
    }
}
