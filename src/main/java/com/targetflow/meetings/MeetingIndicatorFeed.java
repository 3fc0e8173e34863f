package com.targetflow.meetings;

import com.targetflow.targets.IndicatorFeed;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** MTG-1, MTG-2 and ENT-2 count the year's held meetings of their type. */
@Component
class MeetingIndicatorFeed implements IndicatorFeed {

    private final MeetingService meetings;

    MeetingIndicatorFeed(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public Optional<BigDecimal> valueOf(String indicatorCode, String unitCode, int year) {
        return MeetingType.ofIndicator(indicatorCode).map(type -> BigDecimal.valueOf(meetings.held(year, type)));
    }
}
