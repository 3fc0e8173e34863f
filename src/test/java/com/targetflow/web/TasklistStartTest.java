package com.targetflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetflow.DemoDistrictTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Tasklist's 启动流程 lists the processes a person may start there. Every process of TargetFlow is
 * started by the app (issuing a plan, preparing a meeting, a round of inspections, a mail, a
 * late task), with the ids it needs; none is started from Tasklist, so the list is empty for
 * everyone, internal processes (邮件发送, 提醒与督办) included. Asked as Tasklist asks.
 */
@DemoDistrictTest
class TasklistStartTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void tasklistOffersNoProcessToStart() {
        for (String user : new String[] {"street01", "manager", "admin"}) {
            String startable = http.withBasicAuth(user, "demo")
                    .getForObject(
                            "/engine-rest/process-definition?latestVersion=true&startableInTasklist=true&startablePermissionCheck=true",
                            String.class);
            assertThat(startable).as(user).isEqualTo("[]");
            String all = http.withBasicAuth(user, "demo")
                    .getForObject("/engine-rest/process-definition?latestVersion=true", String.class);
            assertThat(all).as(user).contains("mail-delivery");
        }
    }
}
