package com.targetflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetflow.DemoDistrictTest;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Object variables are read back only as the app's own types and plain JDK collections: a value
 * that names another Java type (here java.net.URL, which opens a connection when compared) is
 * refused when read, never instantiated. Written here as the app, which the engine guard lets
 * through; a person cannot write one at all (EngineAttackCorpusTest).
 */
@DemoDistrictTest
class ObjectVariablesTest {

    @Autowired
    RuntimeService runtime;

    @Test
    void anObjectOfAForeignTypeIsRefusedWhenReadAndTheAppsOwnListsAreRead() {
        String instance = runtime.createProcessInstanceQuery()
                .active()
                .listPage(0, 1)
                .get(0)
                .getId();
        try {
            runtime.setVariable(
                    instance,
                    "probe",
                    Variables.serializedObjectValue("\"http://127.0.0.1:1/\"")
                            .objectTypeName("java.net.URL")
                            .serializationDataFormat("application/json")
                            .create());
            assertThatThrownBy(() -> runtime.getVariable(instance, "probe"))
                    .isInstanceOf(ProcessEngineException.class)
                    .hasMessageContaining("java.net.URL");

            runtime.setVariable(
                    instance,
                    "probe",
                    Variables.objectValue(new ArrayList<>(List.of(1L, 2L)))
                            .serializationDataFormat("application/json")
                            .create());
            assertThat(runtime.getVariable(instance, "probe")).isEqualTo(List.of(1L, 2L));
        } finally {
            runtime.removeVariable(instance, "probe");
        }
    }
}
