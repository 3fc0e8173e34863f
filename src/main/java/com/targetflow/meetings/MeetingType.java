package com.targetflow.meetings;

import com.targetflow.organisation.UnitKind;
import java.util.Optional;
import java.util.Set;

/**
 * The district's three kinds of meeting, each counting towards its indicator, each inviting the
 * secretaries-general of certain kinds of unit by default.
 */
public enum MeetingType {
    /** 地区科协秘书长例会, with a training session: the 13 sub-district associations. */
    SUBDISTRICT_SECRETARIES("MTG-1", Set.of(UnitKind.SUBDISTRICT_ASSOCIATION)),
    /** 区科协全委会议: every member unit's secretary-general. */
    FULL_COMMITTEE(
            "MTG-2", Set.of(UnitKind.SUBDISTRICT_ASSOCIATION, UnitKind.ENTERPRISE_ASSOCIATION, UnitKind.SOCIETY)),
    /** 企业科协秘书长会议. */
    ENTERPRISE_SECRETARIES("ENT-2", Set.of(UnitKind.ENTERPRISE_ASSOCIATION));

    private final String indicatorCode;
    private final Set<UnitKind> invitedUnits;

    MeetingType(String indicatorCode, Set<UnitKind> invitedUnits) {
        this.indicatorCode = indicatorCode;
        this.invitedUnits = invitedUnits;
    }

    public String indicatorCode() {
        return indicatorCode;
    }

    public Set<UnitKind> invitedUnits() {
        return invitedUnits;
    }

    public static Optional<MeetingType> ofIndicator(String code) {
        for (MeetingType type : values()) {
            if (type.indicatorCode.equals(code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
