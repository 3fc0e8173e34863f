package com.targetflow.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.targetflow.ModelAlone;
import com.targetflow.ModelTest;
import com.targetflow.models.TaskDigestModel;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** task-digest alone: its morning timer starts it, and it sends the digests due. */
@ModelTest("task-digest")
@Deployment(resources = "bpmn/task-digest.bpmn")
class TaskDigestModelTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ModelAlone.engine();

    private final JavaDelegate sendDigests = mock(JavaDelegate.class);

    @AfterEach
    void forgetMocks() {
        Mocks.reset();
    }

    @Test
    void theMorningTimerSendsTheDigestsAndEnds() throws Exception {
        Mocks.register("sendDigestsDelegate", sendDigests);
        ModelAlone.fireTimer(engine, TaskDigestModel.EVENT_DIGEST_MORNING);
        verify(sendDigests).execute(any());
        assertThat(ModelAlone.endedAt(engine, TaskDigestModel.KEY)).containsExactly(TaskDigestModel.EVENT_DIGESTS_SENT);
    }
}
