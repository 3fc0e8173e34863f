package com.targetflow.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The annual work summary (年度工作总结) as a sequence of blocks — title, headings, paragraphs —
 * each paragraph made of parts: the writer's text, a figure from the year's data, a figure the data
 * does not hold (said so, never invented), and a place left for the writer. It closes with the
 * 落款: who writes it (the association) and the date.
 */
public record WorkSummary(String title, List<Block> blocks, String signedBy, String signedOn) {

    public enum Level {
        HEADING,
        SUBHEADING,
        PARAGRAPH
    }

    public enum PartKind {
        TEXT,
        FIGURE,
        MISSING,
        WRITE
    }

    public record Part(PartKind kind, String text) {}

    public record Block(Level level, List<Part> parts) {

        public String text() {
            StringBuilder s = new StringBuilder();
            parts.forEach(p -> s.append(p.text()));
            return s.toString();
        }
    }

    /** Builds the parts of one paragraph from a message whose {0}, {1} … are figures. */
    static List<Part> fill(String pattern, List<Figure> figures, String missingLabel) {
        List<Part> parts = new ArrayList<>();
        Matcher m = Pattern.compile("\\{(\\d+)}").matcher(pattern);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(new Part(PartKind.TEXT, pattern.substring(at, m.start())));
            }
            Figure figure = figures.get(Integer.parseInt(m.group(1)));
            parts.add(
                    figure.value() == null
                            ? new Part(PartKind.MISSING, missingLabel.replace("{0}", figure.what()))
                            : new Part(PartKind.FIGURE, figure.value()));
            at = m.end();
        }
        if (at < pattern.length()) {
            parts.add(new Part(PartKind.TEXT, pattern.substring(at)));
        }
        return parts;
    }

    /** A figure for a sentence: its value as written, or null when the year's data does not hold it (then what it is). */
    record Figure(String value, String what) {}
}
