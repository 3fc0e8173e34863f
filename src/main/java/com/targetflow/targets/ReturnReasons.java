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

    /** Null when the reviewer commented on nothing. */
    String of(long reportId, Locale locale) {
        List<String> reasons = rows.reviewComments(reportId).stream()
                .map(c -> messages.getMessage(
                        "text.about", new Object[] {c.indicator().in(locale), c.comment()}, locale))
                .toList();
        return reasons.isEmpty() ? null : Listed.clausesWritten(reasons, messages, locale);
    }
}
