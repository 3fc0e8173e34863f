package com.targetflow.demo;

import java.util.List;

/** The shape of demo/demo-district.json: the seed's district, with plausible names. */
record DemoDistrictData(
        NamedUnit district,
        List<Subdistrict> subdistricts,
        List<NamedUnit> enterprises,
        List<NamedUnit> societies,
        List<NamedUnit> educationBases,
        List<DemoPerson> people) {

    record NamedUnit(String code, String name, String nameEn) {}

    record Subdistrict(String code, String name, String nameEn, String office, List<NamedUnit> communities) {}

    record DemoPerson(
            String username, String name, String email, String phone, String language, String role, String unit) {}
}
