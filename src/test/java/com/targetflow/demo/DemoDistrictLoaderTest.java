package com.targetflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetflow.HeadlessApp;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two starts of the app on one file database: the demo district is there after each, once. */
class DemoDistrictLoaderTest {

    @TempDir
    Path dataDir;

    @Test
    void loadsTheDemoDistrictOnceAndExactlyOnceAcrossTwoStarts() {
        Map<String, Object> afterFirst = startAndCount();
        Map<String, Object> afterSecond = startAndCount();

        assertThat(afterFirst)
                .containsAllEntriesOf(Map.of(
                        "units", 1 + 13 + 104 + 15 + 3,
                        "subdistricts", 13,
                        "communities", 104,
                        "enterprises", 15,
                        "societies", 3,
                        "galleriesAndBoards", 108,
                        "schools", 13,
                        "activityCentres", 13,
                        "educationBases", 16,
                        "people", 30));
        assertThat((Integer) afterFirst.get("readingRooms")).isBetween(80, 86);
        assertThat(afterFirst.get("communitiesWithoutGalleryOrBoard")).isEqualTo(0);
        assertThat(afterFirst.get("camundaUsers")).isEqualTo(30);
        assertThat(afterFirst.get("markers")).isEqualTo(1);
        assertThat(afterSecond).isEqualTo(afterFirst);
    }

    private Map<String, Object> startAndCount() {
        try (ConfigurableApplicationContext app = HeadlessApp.start(
                "demotwice",
                new String[] {"test", "demo"},
                "--spring.datasource.url=jdbc:h2:file:"
                        + dataDir.resolve("targetflow").toAbsolutePath())) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            IdentityService identity = app.getBean(IdentityService.class);
            return Map.ofEntries(
                    Map.entry("units", count(jdbc, "select count(*) from tf_unit")),
                    Map.entry(
                            "subdistricts",
                            count(jdbc, "select count(*) from tf_unit where kind = 'SUBDISTRICT_ASSOCIATION'")),
                    Map.entry("communities", count(jdbc, "select count(*) from tf_unit where kind = 'COMMUNITY'")),
                    Map.entry(
                            "enterprises",
                            count(jdbc, "select count(*) from tf_unit where kind = 'ENTERPRISE_ASSOCIATION'")),
                    Map.entry("societies", count(jdbc, "select count(*) from tf_unit where kind = 'SOCIETY'")),
                    Map.entry(
                            "galleriesAndBoards",
                            count(
                                    jdbc,
                                    "select count(*) from tf_facility where kind in ('GALLERY', 'BULLETIN_BOARD')")),
                    Map.entry(
                            "schools",
                            count(jdbc, "select count(*) from tf_facility where kind = 'CITIZEN_SCIENCE_SCHOOL'")),
                    Map.entry(
                            "activityCentres",
                            count(jdbc, "select count(*) from tf_facility where kind = 'ACTIVITY_CENTRE'")),
                    Map.entry(
                            "readingRooms",
                            count(jdbc, "select count(*) from tf_facility where kind = 'READING_ROOM'")),
                    Map.entry(
                            "educationBases",
                            count(jdbc, "select count(*) from tf_facility where kind = 'EDUCATION_BASE'")),
                    Map.entry("communitiesWithoutGalleryOrBoard", count(jdbc, """
                            select count(*) from tf_unit u where u.kind = 'COMMUNITY' and not exists (
                              select 1 from tf_facility f where f.community_id = u.id and f.kind in ('GALLERY', 'BULLETIN_BOARD'))""")),
                    Map.entry("people", count(jdbc, "select count(*) from tf_person")),
                    Map.entry("camundaUsers", (int) identity.createUserQuery().count()),
                    Map.entry(
                            "markers", count(jdbc, "select count(*) from tf_seed_marker where name = 'demo-district'")),
                    // Proves that the second start met the first start's database, not a fresh one.
                    Map.entry(
                            "loadedAt",
                            String.valueOf(jdbc.queryForObject(
                                    "select applied_at from tf_seed_marker where name = 'demo-district'",
                                    Object.class))));
        }
    }

    private static int count(JdbcTemplate jdbc, String sql) {
        Integer n = jdbc.queryForObject(sql, Integer.class);
        return n == null ? 0 : n;
    }
}
