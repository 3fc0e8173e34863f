package com.targetflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.targetflow.ModelAlone;
import com.targetflow.ModelTest;
import com.targetflow.models.MailDeliveryModel;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** mail-delivery alone: a queued mail is delivered by its delegate (the engine retries it when the server refuses). */
@ModelTest("mail-delivery")
@Deployment(resources = "bpmn/mail-delivery.bpmn")
class MailDeliveryModelTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ModelAlone.engine();

    private final JavaDelegate deliverMail = mock(JavaDelegate.class);

    @AfterEach
    void forgetMocks() {
        Mocks.reset();
    }

    @Test
    void aQueuedMailIsDeliveredAndTheInstanceEnds() throws Exception {
        Mocks.register("deliverMailDelegate", deliverMail);
        engine.getRuntimeService().startProcessInstanceByKey(MailDeliveryModel.KEY);
        ModelAlone.executeJobs(engine);
        verify(deliverMail).execute(any());
        assertThat(ModelAlone.endedAt(engine, MailDeliveryModel.KEY))
                .containsExactly(MailDeliveryModel.EVENT_MAIL_SENT);
    }
}
