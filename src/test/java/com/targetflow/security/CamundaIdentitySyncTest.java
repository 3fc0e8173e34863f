package com.targetflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetflow.domain.Refusal;
import com.targetflow.organisation.Language;
import com.targetflow.organisation.OrganisationRegister;
import com.targetflow.organisation.PersonRequest;
import com.targetflow.organisation.PersonRole;
import com.targetflow.organisation.UnitKind;
import com.targetflow.organisation.UnitRequest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

// Its own engine name: only the demo web context may own "default", which engine-rest serves.
@SpringBootTest(properties = "camunda.bpm.process-engine-name=plaintests")
@ActiveProfiles("test")
class CamundaIdentitySyncTest {

    @Autowired
    OrganisationRegister register;

    @Autowired
    IdentityService identity;

    @Autowired
    TransactionTemplate tx;

    @Test
    void keepsUsersGroupsAndMembershipsInStepWithTheRegister() {
        tx.executeWithoutResult(s -> {
            register.createUnit(new UnitRequest("ZD", "测试区科协", null, UnitKind.DISTRICT_ASSOCIATION, null));
            register.createUnit(new UnitRequest("ZD01", "甲街道科协", "Jia", UnitKind.SUBDISTRICT_ASSOCIATION, "ZD"));
            register.createUnit(new UnitRequest("ZD02", "乙街道科协", "Yi", UnitKind.SUBDISTRICT_ASSOCIATION, "ZD"));
            register.createPerson(new PersonRequest(
                    "zhang",
                    "张三",
                    "zhang@example.org",
                    null,
                    Language.ZH,
                    PersonRole.SECRETARY_GENERAL,
                    "ZD01",
                    "secret-pass"));
        });
        assertThat(identity.createGroupQuery().groupId("ZD01").singleResult().getName())
                .isEqualTo("甲街道科协");
        assertThat(identity.createUserQuery().userId("zhang").singleResult().getEmail())
                .isEqualTo("zhang@example.org");
        assertThat(groupsOf("zhang")).containsExactlyInAnyOrder("ZD01", "secretaries");
        assertThat(identity.checkPassword("zhang", "secret-pass")).isTrue();

        tx.executeWithoutResult(s -> {
            register.updateUnit(
                    "ZD01", new UnitRequest("ZD01", "甲街道科学技术协会", "Jia", UnitKind.SUBDISTRICT_ASSOCIATION, "ZD"));
            register.updatePerson(
                    "zhang",
                    new PersonRequest(
                            "zhang",
                            "张三",
                            "zhang3@example.org",
                            "010-1234567",
                            Language.EN,
                            PersonRole.UNIT_LEADER,
                            "ZD02",
                            null));
        });
        assertThat(identity.createGroupQuery().groupId("ZD01").singleResult().getName())
                .isEqualTo("甲街道科学技术协会");
        assertThat(identity.createUserQuery().userId("zhang").singleResult().getEmail())
                .isEqualTo("zhang3@example.org");
        assertThat(groupsOf("zhang")).containsExactlyInAnyOrder("ZD02", "unit-leaders");
        assertThat(identity.checkPassword("zhang", "secret-pass"))
                .as("password kept when none is sent")
                .isTrue();
    }

    @Test
    void changesNothingWhenPartOfAChangeFails() {
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
                    register.createUnit(new UnitRequest("QQ", "某单位", null, UnitKind.SOCIETY, null));
                    register.createPerson(new PersonRequest(
                            "li",
                            "李四",
                            "li@example.org",
                            null,
                            Language.ZH,
                            PersonRole.SECRETARY_GENERAL,
                            "NOPE",
                            "secret-pass"));
                }))
                .isInstanceOf(Refusal.class);
        assertThat(identity.createGroupQuery().groupId("QQ").count()).isZero();
        assertThat(identity.createUserQuery().userId("li").count()).isZero();
    }

    private List<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
    }
}
