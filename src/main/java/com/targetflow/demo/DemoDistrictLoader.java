package com.targetflow.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.targetflow.operations.SeedMarkers;
import com.targetflow.organisation.FacilityKind;
import com.targetflow.organisation.FacilityRequest;
import com.targetflow.organisation.FacilityStatus;
import com.targetflow.organisation.Language;
import com.targetflow.organisation.OrganisationRegister;
import com.targetflow.organisation.PersonRequest;
import com.targetflow.organisation.PersonRole;
import com.targetflow.organisation.UnitKind;
import com.targetflow.organisation.UnitRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Year;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo district on the first start of the demo profile, and never again: 1 district
 * association, 13 sub-district associations with 104 communities, 15 enterprise associations,
 * 3 societies, 108 galleries and boards, 13 schools, 13 activity centres, reading rooms in 84
 * communities (81%), 16 education bases, and the demo accounts (password "demo").
 */
@Component
@Profile("demo")
@Order(30)
class DemoDistrictLoader implements ApplicationRunner {

    static final String MARKER = "demo-district";
    static final String DEMO_PASSWORD = "demo";
    /** Of the 104 communities, this many get a bulletin board rather than a gallery. */
    private static final int BOARDS = 48;

    private static final int NEW_BOARDS_THIS_YEAR = 42;
    private static final int NEW_GALLERIES_THIS_YEAR = 4;

    private static final Logger log = LoggerFactory.getLogger(DemoDistrictLoader.class);

    private final OrganisationRegister register;
    private final SeedMarkers markers;
    private final ObjectMapper json;
    private final Clock clock;

    DemoDistrictLoader(OrganisationRegister register, SeedMarkers markers, ObjectMapper json, Clock clock) {
        this.register = register;
        this.markers = markers;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (!markers.claim(MARKER)) {
            log.info("Demo district already loaded; leaving it as it is");
            return;
        }
        DemoDistrictData data;
        try (InputStream in = new ClassPathResource("demo/demo-district.json").getInputStream()) {
            data = json.readValue(in, DemoDistrictData.class);
        }
        int year = Year.now(clock).getValue();
        String district = data.district().code();
        unit(data.district(), UnitKind.DISTRICT_ASSOCIATION, null);

        int community = 0;
        int boards = 0;
        for (DemoDistrictData.Subdistrict sub : data.subdistricts()) {
            register.createUnit(
                    new UnitRequest(sub.code(), sub.name(), sub.nameEn(), UnitKind.SUBDISTRICT_ASSOCIATION, district));
            facility(
                    "SCH-" + sub.code(),
                    sub.office() + "市民科普学校",
                    FacilityKind.CITIZEN_SCIENCE_SCHOOL,
                    sub.code(),
                    null,
                    sub.office(),
                    year - 1);
            facility(
                    "AC-" + sub.code(),
                    sub.office() + "科普活动中心",
                    FacilityKind.ACTIVITY_CENTRE,
                    sub.code(),
                    null,
                    sub.office(),
                    year - 3);
            for (DemoDistrictData.NamedUnit c : sub.communities()) {
                unit(c, UnitKind.COMMUNITY, sub.code());
                String address = sub.office() + c.name();
                boolean board = community % 2 == 1 && boards < BOARDS;
                if (board) {
                    boards++;
                    facility(
                            "B-" + c.code(),
                            c.name() + "科普宣传栏",
                            FacilityKind.BULLETIN_BOARD,
                            sub.code(),
                            c.code(),
                            address,
                            boards <= NEW_BOARDS_THIS_YEAR ? year : year - 2);
                } else {
                    facility(
                            "G-" + c.code(),
                            c.name() + "科普画廊",
                            FacilityKind.GALLERY,
                            sub.code(),
                            c.code(),
                            address,
                            2015 + community % 8);
                }
                if (community < NEW_GALLERIES_THIS_YEAR) {
                    facility(
                            "G2-" + c.code(),
                            c.name() + "新建科普画廊",
                            FacilityKind.GALLERY,
                            sub.code(),
                            c.code(),
                            address,
                            year);
                }
                // About 80% of communities and villages have a reading room: all but every fifth.
                if (community % 5 != 4) {
                    facility(
                            "RR-" + c.code(),
                            c.name() + "科普活动（阅览）室",
                            FacilityKind.READING_ROOM,
                            sub.code(),
                            c.code(),
                            address,
                            2012 + community % 10);
                }
                community++;
            }
        }
        for (DemoDistrictData.NamedUnit enterprise : data.enterprises()) {
            unit(enterprise, UnitKind.ENTERPRISE_ASSOCIATION, district);
        }
        for (DemoDistrictData.NamedUnit society : data.societies()) {
            unit(society, UnitKind.SOCIETY, district);
        }
        for (DemoDistrictData.NamedUnit base : data.educationBases()) {
            facility(base.code(), base.name(), FacilityKind.EDUCATION_BASE, district, null, null, null);
        }
        for (DemoDistrictData.DemoPerson p : data.people()) {
            register.createPerson(new PersonRequest(
                    p.username(),
                    p.name(),
                    p.email(),
                    p.phone(),
                    Language.valueOf(p.language()),
                    PersonRole.valueOf(p.role()),
                    p.unit(),
                    DEMO_PASSWORD));
        }
        log.info(
                "Demo district loaded: {} communities, {} people",
                community,
                data.people().size());
    }

    private void unit(DemoDistrictData.NamedUnit unit, UnitKind kind, String parent) {
        register.createUnit(new UnitRequest(unit.code(), unit.name(), unit.nameEn(), kind, parent));
    }

    private void facility(
            String code,
            String name,
            FacilityKind kind,
            String owner,
            String community,
            String address,
            Integer sinceYear) {
        register.createFacility(new FacilityRequest(
                code, name, kind, owner, community, address, sinceYear, FacilityStatus.NOT_INSPECTED));
    }
}
