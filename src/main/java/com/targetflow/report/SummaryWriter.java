package com.targetflow.report;

import com.targetflow.meetings.MeetingType;
import com.targetflow.organisation.FacilityKind;
import com.targetflow.organisation.Language;
import com.targetflow.organisation.Unit;
import com.targetflow.organisation.UnitKind;
import com.targetflow.targets.AnnualPlan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    SummaryWriter(YearFigures figures, MessageSource messages) {
        this.figures = figures;
        this.messages = messages;
    }

    WorkSummary write(AnnualPlan plan, Unit unit, Locale locale) {
        YearFigures.Scope f = figures.of(plan, unit);
        Text t = new Text(locale);
        String year = String.valueOf(plan.getYear());
        List<WorkSummary.Block> blocks = new ArrayList<>();
        String who = unit == null ? t.msg("summary.district") : unit.displayName(Language.of(locale));
        blocks.add(t.paragraph("summary.opening", fig(year, ""), fig(who, "")));
        blocks.add(t.write("summary.opening.write"));
        if (unit == null) {
            blocks.add(t.heading("summary.h1"));
            blocks.add(t.write("summary.h1.write"));
        }
        blocks.add(t.heading(unit == null ? "summary.h2" : "summary.unit.h2"));
        if (unit == null) {
            blocks.add(t.subheading("summary.s1"));
            Optional<Boolean> lead = f.reached("LEAD-1");
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
            blocks.add(t.paragraph("summary.network", fig(String.valueOf(f.units(UnitKind.SUBDISTRICT_ASSOCIATION)), ""),
                    number(f.mean("ORG-2"), t.msg("summary.what.org2"))));
        } else {
            blocks.add(t.paragraph("summary.unit.network", number(f.mean("ORG-2"), t.msg("summary.what.org2"))));
        }
        blocks.add(t.paragraph("summary.volunteers", number(f.sum("VOL-1"), t.msg("summary.what.vol1")),
                number(f.sum("VOL-2"), t.msg("summary.what.vol2"))));
        if (unit == null) {
            blocks.add(t.paragraph("summary.enterprises", fig(String.valueOf(f.units(UnitKind.ENTERPRISE_ASSOCIATION)), ""),
                    number(f.sum("ENT-2"), t.msg("summary.what.ent2"))));
            blocks.add(t.write("summary.societies.write"));
        }
        long held = f.meetingsHeld(MeetingType.SUBDISTRICT_SECRETARIES);
        blocks.add(t.paragraph(unit == null ? "summary.meetings" : "summary.unit.meetings", fig(String.valueOf(held), ""),
                fig(String.valueOf(f.meetingsWithTraining(MeetingType.SUBDISTRICT_SECRETARIES)), ""),
                fig(String.valueOf(f.meetingsHeld(MeetingType.FULL_COMMITTEE)), "")));
        blocks.add(t.subheading(unit == null ? "summary.s3" : "summary.unit.s3"));
        blocks.add(t.paragraph(unit == null ? "summary.galleries" : "summary.unit.galleries",
                number(f.sum("FAC-1"), t.msg("summary.what.fac1")), number(f.sum("FAC-2"), t.msg("summary.what.fac2")),
                fig(String.valueOf(f.facilities(FacilityKind.GALLERY, FacilityKind.BULLETIN_BOARD)), "")));
        blocks.add(t.paragraph(unit == null ? "summary.schools" : "summary.unit.schools",
                fig(String.valueOf(f.facilities(FacilityKind.CITIZEN_SCIENCE_SCHOOL)), ""),
                number(f.sum("SCH-2"), t.msg("summary.what.sch2"))));
        blocks.add(t.paragraph(unit == null ? "summary.rooms" : "summary.unit.rooms",
                fig(String.valueOf(f.facilities(FacilityKind.ACTIVITY_CENTRE)), ""),
                number(f.mean("ROOM-1"), t.msg("summary.what.room1"))));
        if (unit == null) {
            blocks.add(t.paragraph("summary.media", number(f.sum("MED-1"), t.msg("summary.what.med1"))));
            blocks.add(t.paragraph("summary.bases", fig(String.valueOf(f.facilities(FacilityKind.EDUCATION_BASE)), ""),
                    fig(String.valueOf(f.basesVisited()), "")));
            blocks.add(t.subheading("summary.s4"));
        }
        blocks.add(t.write("summary.activities.write"));
        String title = t.msg(unit == null ? "summary.title" : "summary.unit.title", year, who);
        return new WorkSummary(title, blocks);
    }

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

        WorkSummary.Block heading(String key) {
            return new WorkSummary.Block(WorkSummary.Level.HEADING, List.of(new WorkSummary.Part(WorkSummary.PartKind.TEXT, msg(key))));
        }

        WorkSummary.Block subheading(String key) {
            return new WorkSummary.Block(WorkSummary.Level.SUBHEADING, List.of(new WorkSummary.Part(WorkSummary.PartKind.TEXT, msg(key))));
        }

        WorkSummary.Block write(String key) {
            return new WorkSummary.Block(WorkSummary.Level.PARAGRAPH, List.of(new WorkSummary.Part(WorkSummary.PartKind.WRITE, msg(key))));
        }

        WorkSummary.Block paragraph(String key, WorkSummary.Figure... figures) {
            // The pattern as written in the bundle, its {n} left for the figures.
            String pattern = messages.getMessage(key, null, locale);
            return new WorkSummary.Block(WorkSummary.Level.PARAGRAPH, WorkSummary.fill(pattern, List.of(figures),
                    msg("summary.missing", "{0}")));
        }
    }
}
