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
        assertThat(engine.getProcessEngineConfiguration().isAuthorizationEnabled()).isTrue();
        assertThat(engine.getProcessEngineConfiguration().isJobExecutorActivate()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from tf_unit", Integer.class)).isZero();
        assertThat(engine.getIdentityService().createUserQuery().count())
                .as("no demo accounts outside the demo profile").isZero();
    }
}
