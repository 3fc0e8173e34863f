package com.targetflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

// Its own engine name: only the demo web context may own "default", which engine-rest serves.
@SpringBootTest(properties = "camunda.bpm.process-engine-name=plaintests")
@ActiveProfiles("test")
class TargetFlowApplicationTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void startsOnTheTestProfileWithAuthorizationOnAndNoDemoData() {
        assertThat(engine.getProcessEngineConfiguration().isAuthorizationEnabled())
                .isTrue();
        assertThat(engine.getProcessEngineConfiguration().isJobExecutorActivate())
                .isFalse();
        assertThat(jdbc.queryForList("select code from tf_unit", String.class))
                .as("only the district association the first administrator belongs to")
                .containsExactly("DISTRICT");
        assertThat(engine.getIdentityService().createUserQuery().list())
                .extracting(u -> u.getId())
                .as("no demo accounts outside the demo profile, only the first administrator")
                .containsExactly("admin");
        assertThat(engine.getIdentityService().checkPassword("admin", "test-admin-password-2026"))
                .as("the password from the environment (application-test.yml stands in for it)")
                .isTrue();
        assertThat(engine.getIdentityService()
                        .createGroupQuery()
                        .groupMember("admin")
                        .list())
                .extracting(g -> g.getId())
                .contains("camunda-admin");
    }
}
