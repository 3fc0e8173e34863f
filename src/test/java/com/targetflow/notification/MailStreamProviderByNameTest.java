package com.targetflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Jakarta Mail finds its stream provider by the name we give it, and a name set by an operator stays. */
class MailStreamProviderByNameTest {

    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(MailStreamProviderByName.PROPERTY);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(MailStreamProviderByName.PROPERTY);
        } else {
            System.setProperty(MailStreamProviderByName.PROPERTY, before);
        }
    }

    @Test
    void namesAngusProviderWhichJakartaMailThenUses() throws Exception {
        System.clearProperty(MailStreamProviderByName.PROPERTY);
        new MailStreamProviderByName();
        assertThat(System.getProperty(MailStreamProviderByName.PROPERTY))
                .isEqualTo(MailStreamProviderByName.ANGUS_PROVIDER);
        assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(MailStreamProviderByName.ANGUS_PROVIDER);
        assertThat(new MimeMultipart("alternative").getCount()).isZero();
    }

    @Test
    void keepsAProviderAnOperatorNamed() {
        System.setProperty(MailStreamProviderByName.PROPERTY, "org.example.OwnProvider");
        new MailStreamProviderByName();
        assertThat(System.getProperty(MailStreamProviderByName.PROPERTY)).isEqualTo("org.example.OwnProvider");
    }
}
