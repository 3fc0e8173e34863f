package com.targetflow.report;

import com.targetflow.meetings.MeetingType;
import com.targetflow.organisation.FacilityKind;
import com.targetflow.organisation.Language;
import com.targetflow.organisation.Unit;
import com.targetflow.organisation.UnitKind;
import com.targetflow.organisation.Units;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.TargetProgress;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the draft of the annual work summary in the structure of the district's own (the seed):
 * an opening, 一、二、 with (一)(二)(三)(四) and numbered items, each sentence that carries a figure
 * filled from the year's data, the narrative left to the writer. For one sub-district, the same,
 * shorter: its own figures only.
 */
@Component
@Transactional(readOnly = true)
class SummaryWriter {

    private final YearFigures figures;
    private final MessageSource messages;
    private final Units units;
    private final Clock clock;

    SummaryWriter(YearFigures figures, MessageSource messages, Units units, Clock clock) {
        this.figures = figures;
        this.messages = messages;
        this.units = units;
        this.clock = clock;
    }

    WorkSummary write(AnnualPlan plan, Unit unit, Locale locale) {
        YearFigures.Scope f = figures.of(plan, unit);
        SummaryClaims claims = f.claims();
        Text t = new Text(locale);
        String year = String.valueOf(plan.getYear());
        List<WorkSummary.Block> blocks = new ArrayList<>();
        String who = unit == null ? t.msg("summary.district") : unit.displayName(Language.of(locale));
        blocks.add(t.paragraph("summary.opening", fig(year, ""), fig(who, "")));
        blocks.add(outcome(claims, t, year));
        blocks.add(t.write("summary.opening.write"));
        if (unit == null) {
            blocks.add(t.heading("summary.h1"));
            blocks.add(t.write("summary.h1.write"));
        }
        blocks.add(t.heading(unit == null ? "summary.h2" : "summary.unit.h2"));
        if (unit == null) {
            Optional<Boolean> lead = f.reached("LEAD-1");
            // The heading says the group was set up only when the year's data says so.
            blocks.add(t.subheading(lead.orElse(false) ? "summary.s1" : "summary.s1.neutral"));
            if (lead.isEmpty()) {
                blocks.add(t.paragraph("summary.lead.unknown", fig(null, t.msg("summary.what.lead"))));
            } else if (lead.get()) {
                // The register does not list the leading group's member units: the writer adds their number.
                blocks.add(t.paragraph("summary.lead", fig(null, t.msg("summary.what.lead-members"))));
            } else {
                blocks.add(t.paragraph("summary.lead.not"));
            }
        }
        blocks.add(t.subheading(unit == null ? "summary.s2" : "summary.unit.s2"));
        if (unit == null) {
            blocks.add(t.paragraph(
                    "summary.network",
                    fig(String.valueOf(f.units(UnitKind.SUBDISTRICT_ASSOCIATION)), ""),
                    number(f.mean("ORG-2"), t.msg("summary.what.org2"))));
        } else {
            blocks.add(t.paragraph("summary.unit.network", number(f.mean("ORG-2"), t.msg("summary.what.org2"))));
        }
        blocks.add(t.paragraph(
                unit == null ? "summary.volunteers" : "summary.unit.volunteers",
                number(f.sum("VOL-1"), t.msg("summary.what.vol1")),
                number(f.sum("VOL-2"), t.msg("summary.what.vol2"))));
        if (unit == null) {
            blocks.add(t.paragraph(
                    "summary.enterprises",
                    fig(String.valueOf(f.units(UnitKind.ENTERPRISE_ASSOCIATION)), ""),
                    number(f.sum("ENT-2"), t.msg("summary.what.ent2"))));
            blocks.add(t.write("summary.societies.write"));
        }
        long held = f.meetingsHeld(MeetingType.SUBDISTRICT_SECRETARIES);
        blocks.add(t.paragraph(
                unit == null ? "summary.meetings" : "summary.unit.meetings",
                fig(String.valueOf(held), t.msg("summary.what.meetings")),
                fig(
                        String.valueOf(f.meetingsWithTraining(MeetingType.SUBDISTRICT_SECRETARIES)),
                        t.msg("summary.what.training")),
                fig(String.valueOf(f.meetingsHeld(MeetingType.FULL_COMMITTEE)), t.msg("summary.what.committee"))));
        blocks.add(t.subheading(unit == null ? "summary.s3" : "summary.unit.s3"));
        blocks.add(t.paragraph(
                unit == null ? "summary.galleries" : "summary.unit.galleries",
                number(f.sum("FAC-1"), t.msg("summary.what.fac1")),
                number(f.sum("FAC-2"), t.msg("summary.what.fac2")),
                fig(
                        String.valueOf(f.facilities(FacilityKind.GALLERY, FacilityKind.BULLETIN_BOARD)),
                        t.msg("summary.what.boards"))));
        blocks.add(t.paragraph(
                unit == null ? "summary.schools" : "summary.unit.schools",
                fig(String.valueOf(f.facilities(FacilityKind.CITIZEN_SCIENCE_SCHOOL)), t.msg("summary.what.schools")),
                number(f.sum("SCH-2"), t.msg("summary.what.sch2"))));
        blocks.add(t.paragraph(
                unit == null ? "summary.rooms" : "summary.unit.rooms",
                fig(String.valueOf(f.facilities(FacilityKind.ACTIVITY_CENTRE)), t.msg("summary.what.centres")),
                number(f.mean("ROOM-1"), t.msg("summary.what.room1"))));
        if (unit == null) {
            blocks.add(t.paragraph("summary.media", number(f.sum("MED-1"), t.msg("summary.what.med1"))));
            blocks.add(t.paragraph(
                    "summary.bases",
                    fig(String.valueOf(f.facilities(FacilityKind.EDUCATION_BASE)), t.msg("summary.what.bases")),
                    fig(String.valueOf(f.basesVisited()), t.msg("summary.what.base1"))));
            blocks.add(t.subheading("summary.s4"));
        }
        blocks.add(t.write("summary.activities.write"));
        problems(claims, unit == null, t, blocks);
        plans(claims, unit == null, t, String.valueOf(plan.getYear() + 1), blocks);
        String title = t.msg(unit == null ? "summary.title" : "summary.unit.title", year, who);
        // 落款: the association as the register names it, and the day the draft was written.
        String signedBy = unit != null
                ? who
                : units.findByKindOrderByCode(UnitKind.DISTRICT_ASSOCIATION).stream()
                        .findFirst()
                        .map(district -> district.displayName(Language.of(locale)))
                        .orElse(who);
        // The clock runs in the district's zone (ClockConfig).
        LocalDate today = LocalDate.now(clock);
        return new WorkSummary(
                title,
                blocks,
                signedBy,
                t.msg(
                        "summary.signed-on",
                        String.valueOf(today.getYear()),
                        String.valueOf(today.getMonthValue()),
                        String.valueOf(today.getDayOfMonth())));
    }

    /** 全面完成 only when every target was met; else how many were met, missed and not reported. */
    private static WorkSummary.Block outcome(SummaryClaims claims, Text t, String year) {
        int total = claims.targets().size();
        if (total == 0) {
            return t.paragraph("summary.outcome.none", fig(year, ""));
        }
        if (claims.everyTargetMet()) {
            return t.paragraph("summary.outcome.all", fig(String.valueOf(total), ""), fig(year, ""));
        }
        int unreported = claims.unreported().size();
        return t.paragraph(
                unreported == 0 ? "summary.outcome.partial" : "summary.outcome.partial.unreported",
                fig(String.valueOf(total), ""),
                fig(String.valueOf(claims.metCount()), ""),
                fig(String.valueOf(claims.missed().size()), ""),
                fig(String.valueOf(unreported), ""),
                fig(year, ""));
    }

    /** 存在问题: each missed or unreported target with its figures, facilities that did not pass, the 督办. */
    private static void problems(SummaryClaims claims, boolean district, Text t, List<WorkSummary.Block> blocks) {
        blocks.add(t.heading(district ? "summary.problems" : "summary.unit.problems"));
        int n = 0;
        for (TargetProgress missed : claims.missed()) {
            blocks.add(t.paragraph(
                    "summary.problem.missed",
                    fig(++n + "", ""),
                    fig(district ? missed.unitName() + " " : "", ""),
                    fig(missed.indicator(), ""),
                    fig(SummaryClaims.plain(missed.quota()) + missed.measure(), ""),
                    fig(SummaryClaims.plain(missed.approvedValue()) + missed.measure(), ""),
                    fig(SummaryClaims.gap(missed) + missed.measure(), ""),
                    fig(SummaryClaims.red(missed) ? t.msg("summary.problem.red") : "", "")));
        }
        for (TargetProgress unreported : claims.unreported()) {
            blocks.add(t.paragraph(
                    "summary.problem.unreported",
                    fig(++n + "", ""),
                    fig(district ? unreported.unitName() + " " : "", ""),
                    fig(unreported.indicator(), ""),
                    fig(SummaryClaims.plain(unreported.quota()) + unreported.measure(), "")));
        }
        if (claims.facilitiesNotPassed() > 0) {
            List<String> still = claims.stillNotPassed();
            String names = still.isEmpty()
                    ? ""
                    : t.msg(
                            "summary.problem.facilities.names",
                            String.join(
                                            t.msg("list.separator"),
                                            still.stream().limit(10).toList())
                                    + (still.size() > 10 ? t.msg("summary.and-more") : ""));
            blocks.add(t.paragraph(
                    "summary.problem.facilities",
                    fig(++n + "", ""),
                    fig(String.valueOf(claims.facilitiesNotPassed()), ""),
                    fig(String.valueOf(still.size()), ""),
                    fig(names, "")));
        }
        if (claims.supervised() > 0) {
            blocks.add(t.paragraph(
                    "summary.problem.supervised", fig(++n + "", ""), fig(String.valueOf(claims.supervised()), "")));
        }
        blocks.add(t.write(n == 0 ? "summary.problems.none.write" : "summary.problems.write"));
    }

    /** 下一年工作打算: a place to write for each kind of problem, and for the year's aims. */
    private static void plans(
            SummaryClaims claims, boolean district, Text t, String nextYear, List<WorkSummary.Block> blocks) {
        blocks.add(t.heading(district ? "summary.plans" : "summary.unit.plans", nextYear));
        Stream.concat(claims.missed().stream(), claims.unreported().stream())
                .map(TargetProgress::indicator)
                .distinct()
                .forEach(indicator -> blocks.add(t.write("summary.plans.indicator.write", indicator)));
        if (claims.facilitiesNotPassed() > 0) {
            blocks.add(t.write("summary.plans.facilities.write"));
        }
        if (claims.supervised() > 0) {
            blocks.add(t.write("summary.plans.late.write"));
        }
        blocks.add(t.write("summary.plans.write", nextYear));
    }

    /** "1、" or "2. " at the head of an item. */
    private static final Pattern ITEM_NUMBER = Pattern.compile("\\d+(、|\\. )");

    private static WorkSummary.Figure fig(String value, String what) {
        return new WorkSummary.Figure(value, what);
    }

    private static WorkSummary.Figure number(Optional<BigDecimal> value, String what) {
        return new WorkSummary.Figure(value.map(BigDecimal::toPlainString).orElse(null), what);
    }

    /** The summary's sentences, from the message bundle in the reader's language. */
    private final class Text {
        private final Locale locale;

        Text(Locale locale) {
            this.locale = locale;
        }

        String msg(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }

        WorkSummary.Block heading(String key, Object... args) {
            return new WorkSummary.Block(
                    WorkSummary.Level.HEADING,
                    List.of(new WorkSummary.Part(WorkSummary.PartKind.TEXT, msg(key, args))));
        }

        WorkSummary.Block subheading(String key) {
            return new WorkSummary.Block(
                    WorkSummary.Level.SUBHEADING, List.of(new WorkSummary.Part(WorkSummary.PartKind.TEXT, msg(key))));
        }

        WorkSummary.Block write(String key, Object... args) {
            return new WorkSummary.Block(
                    WorkSummary.Level.PARAGRAPH,
                    List.of(new WorkSummary.Part(WorkSummary.PartKind.WRITE, msg(key, args))));
        }

        WorkSummary.Block paragraph(String key, WorkSummary.Figure... figures) {
            // The pattern as written in the bundle, its {n} left for the figures.
            String pattern = messages.getMessage(key, null, locale);
            if (Arrays.stream(figures).anyMatch(f -> !f.what().isEmpty() && SummaryClaims.zero(f.value()))) {
                pattern = plainly(pattern, figures);
            }
            return new WorkSummary.Block(
                    WorkSummary.Level.PARAGRAPH,
                    WorkSummary.fill(pattern, List.of(figures), msg("summary.missing", "{0}")));
        }

        /**
         * A sentence with a zero in it would present nothing done as something done: its figures
         * are stated plainly instead ("1、志愿者参加大型科普活动次数：0；…"), keeping the item's number.
         */
        private String plainly(String pattern, WorkSummary.Figure... figures) {
            Matcher numbered = ITEM_NUMBER.matcher(pattern);
            StringBuilder plain = new StringBuilder(numbered.lookingAt() ? numbered.group() : "");
            List<String> stated = new ArrayList<>();
            for (int i = 0; i < figures.length; i++) {
                if (!figures[i].what().isEmpty()) {
                    stated.add(msg("summary.plainly.figure", figures[i].what(), "{" + i + "}"));
                }
            }
            plain.append(String.join(msg("summary.plainly.separator"), stated)).append(msg("summary.plainly.end"));
            return plain.toString();
        }
    }
}
