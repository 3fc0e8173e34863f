package com.targetflow.organisation;

public record UnitView(
        String code, String name, String nameEn, UnitKind kind, String parentCode, boolean active, long version) {

    static UnitView of(Unit unit) {
        return new UnitView(
                unit.getCode(),
                unit.getName(),
                unit.getNameEn(),
                unit.getKind(),
                unit.getParent() == null ? null : unit.getParent().getCode(),
                unit.isActive(),
                unit.getVersion());
    }
}
