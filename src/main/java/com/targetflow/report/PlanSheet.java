package com.targetflow.report;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The plan's sheet, one row per target: the columns and where they are. The template writes it,
 * the import reads it, the marked copy points into it. Names are there for people; the import
 * reads the codes.
 */
enum PlanSheet {
    UNIT_CODE(0, true),
    UNIT_NAME(1, false),
    INDICATOR_CODE(2, true),
    INDICATOR_NAME(3, false),
    QUOTA(4, true),
    DUE_DATE(5, true);

    static final int HEADER_ROW = 0;
    static final int ERROR_COLUMN = 6;

    private final int index;
    private final boolean read;

    PlanSheet(int index, boolean read) {
        this.index = index;
        this.read = read;
    }

    int index() {
        return index;
    }

    /** Whether the import reads this column (names are only for people). */
    boolean read() {
        return read;
    }

    /** The column's letter, as Excel shows it. */
    String letter() {
        return String.valueOf((char) ('A' + index));
    }

    String heading(MessageSource messages, Locale locale) {
        return messages.getMessage("excel.plan.column." + name(), null, locale);
    }

    static String sheetName(MessageSource messages, Locale locale) {
        return messages.getMessage("excel.plan.sheet", null, locale);
    }
}
