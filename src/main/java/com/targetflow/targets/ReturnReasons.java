package com.targetflow.targets;

import com.targetflow.domain.Listed;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Why a report went back, in one reader's words: each commented target and its comment (指标：意见；…). */
@Component
class ReturnReasons {

    private final UnitFormRows rows;
    private final MessageSource messages;

    ReturnReasons(UnitFormRows rows, MessageSource messages) {
        this.rows = rows;
        this.messages = messages;
    }

    /** The report's comments, read once for all who are told. */
    List<UnitFormRows.ReviewComment> commentsOn(long reportId) {
        return rows.reviewComments(reportId);
    }

    /** Null when the reviewer commented on nothing. */
    String of(long reportId, Locale locale) {
        return of(commentsOn(reportId), locale);
    }

    String of(List<UnitFormRows.ReviewComment> comments, Locale locale) {
        List<String> reasons = comments.stream()
                .map(c -> messages.getMessage(
                        "text.about", new Object[] {c.indicator().in(locale), c.comment()}, locale))
                .toList();
        return reasons.isEmpty() ? null : Listed.clausesWritten(reasons, messages, locale);
    }
}
