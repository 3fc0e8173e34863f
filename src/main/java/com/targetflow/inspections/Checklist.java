package com.targetflow.inspections;

import com.targetflow.organisation.FacilityKind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checklist of each kind of facility: the items an inspector ticks (met or not). A count item
 * (lectures held) is met when at least one. "hazard" (安全隐患) is on every list: ticked, it makes
 * the failure serious. The decision inspection-result turns the failed items into the outcome.
 */
public final class Checklist {

    public static final String HAZARD = "hazard";

    private static final Map<FacilityKind, List<String>> ITEMS = Map.of(
            FacilityKind.GALLERY, List.of("contentUpdated", "boardIntact", "clean", "scienceTheme", "ownerShown"),
            FacilityKind.BULLETIN_BOARD,
                    List.of("contentUpdated", "boardIntact", "clean", "scienceTheme", "ownerShown"),
            FacilityKind.CITIZEN_SCIENCE_SCHOOL, List.of("lecturesHeld", "signInRecords", "teachingPlan", "doorSign"),
            FacilityKind.EDUCATION_BASE, List.of("openToPublic", "activitiesHeld", "contactPerson"));

    private Checklist() {}

    public static boolean inspectable(FacilityKind kind) {
        return ITEMS.containsKey(kind);
    }

    public static List<String> itemsOf(FacilityKind kind) {
        List<String> items = ITEMS.get(kind);
        if (items == null) {
            throw new IllegalArgumentException("No checklist for " + kind);
        }
        return items;
    }

    /** Every key a checklist form may submit, of any kind: the items, the hazard box and the remark. */
    public static Set<String> allKeys() {
        Set<String> keys = new LinkedHashSet<>();
        ITEMS.values().forEach(keys::addAll);
        keys.add(HAZARD);
        keys.add("remark");
        return keys;
    }

    /** The form's section for this kind (the form shows one section per kind). */
    public static String sectionOf(FacilityKind kind) {
        return switch (kind) {
            case GALLERY, BULLETIN_BOARD -> "GALLERY";
            case CITIZEN_SCIENCE_SCHOOL -> "SCHOOL";
            default -> "BASE";
        };
    }
}
