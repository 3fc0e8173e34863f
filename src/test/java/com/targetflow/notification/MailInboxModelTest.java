package com.targetflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.targetflow.ModelAlone;
import com.targetflow.ModelTest;
import com.targetflow.models.MailInboxModel;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** mail-inbox alone: its timer starts it every minute, and it reads the inbox. */
@ModelTest("mail-inbox")
@Deployment(resources = "bpmn/mail-inbox.bpmn")
class MailInboxModelTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ModelAlone.engine();

    private final JavaDelegate readInbox = mock(JavaDelegate.class);

    @AfterEach
    void forgetMocks() {
        Mocks.reset();
    }

    @Test
    void theMinuteTimerReadsTheInboxAndEnds() throws Exception {
        Mocks.register("readInboxDelegate", readInbox);
        ModelAlone.fireTimer(engine, MailInboxModel.EVENT_INBOX_DUE);
        verify(readInbox).execute(any());
        assertThat(ModelAlone.endedAt(engine, MailInboxModel.KEY)).containsExactly(MailInboxModel.EVENT_INBOX_READ);
    }
}
