package com.targetflow.organisation;

import com.targetflow.domain.Refusal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the facility form (设施) shows, read in one transaction each: blank, filled from a facility, or
 * sent back with its problems after the register refused it.
 */
@Service
@Transactional(readOnly = true)
class FacilityPages {

    private final FacilityRepository facilities;
    private final UnitRepository units;

    FacilityPages(FacilityRepository facilities, UnitRepository units) {
        this.facilities = facilities;
        this.units = units;
    }

    /** The form filled from the facility. */
    Map<String, Object> edit(String code, Locale locale) {
        Facility facility = facility(code);
        Map<String, String> values = new HashMap<>();
        values.put("code", facility.getCode());
        values.put("name", facility.getName());
        values.put("kind", facility.getKind().name());
        values.put("ownerCode", facility.getOwner().getCode());
        values.put(
                "communityCode",
                facility.getCommunity() == null ? "" : facility.getCommunity().getCode());
        values.put("address", facility.getAddress() == null ? "" : facility.getAddress());
        values.put("sinceYear", facility.getSinceYear() == null ? "" : String.valueOf(facility.getSinceYear()));
        values.put("status", facility.getStatus().name());
        return form(code, values, Map.of(), locale);
    }

    /** The form with the values given (and their problems): of a new facility when code is null. */
    Map<String, Object> form(String code, Map<String, String> values, Map<String, String> problems, Locale locale) {
        Facility facility = code == null ? null : facility(code);
        Language language = Language.of(locale);
        Map<String, Object> model = new HashMap<>();
        model.put("facility", facility == null ? null : FacilityView.of(facility));
        model.put("values", values);
        model.put("problems", problems);
        model.put("kinds", Arrays.asList(FacilityKind.values()));
        model.put("statuses", Arrays.asList(FacilityStatus.values()));
        model.put(
                "owners",
                units.findAllByOrderByCode().stream()
                        .filter(u -> u.isActive()
                                || (facility != null
                                        && u.getId().equals(facility.getOwner().getId())))
                        .map(u -> new UnitPages.Choice(u.getCode(), u.getCode() + " " + u.displayName(language)))
                        .toList());
        model.put(
                "communities",
                units.findByKindOrderByCode(UnitKind.COMMUNITY).stream()
                        .filter(Unit::isActive)
                        .map(u -> new UnitPages.Choice(u.getCode(), u.getCode() + " " + u.displayName(language)))
                        .toList());
        return model;
    }

    private Facility facility(String code) {
        return facilities.findByCode(code).orElseThrow(() -> Refusal.notFound("error.facility.not-found", code));
    }
}
