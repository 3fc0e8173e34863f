package com.targetflow.meetings;

import com.targetflow.organisation.Language;
import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager starts, moves or cancels a meeting: the change and the meeting as it now stands, in one
 * transaction, so that the answer shows exactly what was saved (and a refusal saves nothing).
 */
@Service
@Transactional
class MeetingActions {

    private final MeetingService meetings;
    private final MeetingViews views;

    MeetingActions(MeetingService meetings, MeetingViews views) {
        this.meetings = meetings;
        this.views = views;
    }

    MeetingView start(MeetingType type, LocalDate date, Principal principal, Language language) {
        return views.one(meetings.plan(type, date).getId(), principal, language);
    }

    MeetingView reschedule(
            long id,
            LocalDate date,
            LocalTime start,
            LocalTime end,
            String place,
            Principal principal,
            Language language) {
        meetings.reschedule(id, date, start, end, place);
        return views.one(id, principal, language);
    }

    MeetingView cancel(long id, String reason, Principal principal, Language language) {
        meetings.cancel(id, reason);
        return views.one(id, principal, language);
    }
}
