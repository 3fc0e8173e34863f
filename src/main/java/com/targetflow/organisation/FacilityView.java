package com.targetflow.organisation;

public record FacilityView(
        String code,
        String name,
        FacilityKind kind,
        String ownerCode,
        String communityCode,
        String address,
        Integer sinceYear,
        FacilityStatus status,
        long version) {

    static FacilityView of(Facility facility) {
        return new FacilityView(
                facility.getCode(),
                facility.getName(),
                facility.getKind(),
                facility.getOwner().getCode(),
                facility.getCommunity() == null ? null : facility.getCommunity().getCode(),
                facility.getAddress(),
                facility.getSinceYear(),
                facility.getStatus(),
                facility.getVersion());
    }
}
