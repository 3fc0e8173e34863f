package com.targetflow.notification;

import jakarta.mail.util.StreamProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Names Jakarta Mail's stream provider once for the whole JVM. Jakarta Mail 2.1 looks the provider up
 * through ServiceLoader every time it builds a multipart or encodes a header (jakartaee/mail-api#861):
 * every jar on the class path is searched again, for every mail. In a storm of 3,000 reminders that
 * search was about a third of the CPU the sending threads and the SMTP server used. Its FactoryFinder
 * asks the system property named after the provider's interface first, and then only loads that class
 * by name. A value set before (by an operator, -D) is kept; a provider that is not there is not named,
 * since Jakarta Mail would then fail every mail rather than search. Jakarta Mail loads the named class
 * with the building thread's context class loader: mail is built on the job executor's threads, which
 * the application's class loader started (the crash test sends its thousand mails from the packaged jar).
 */
@Component
class MailStreamProviderByName {

    static final String PROPERTY = StreamProvider.class.getName();
    static final String ANGUS_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    private static final Logger log = LoggerFactory.getLogger(MailStreamProviderByName.class);

    MailStreamProviderByName() {
        if (System.getProperty(PROPERTY) != null) {
            return;
        }
        try {
            Class.forName(ANGUS_PROVIDER, false, StreamProvider.class.getClassLoader())
                    .asSubclass(StreamProvider.class);
            System.setProperty(PROPERTY, ANGUS_PROVIDER);
        } catch (ClassNotFoundException | ClassCastException e) {
            log.warn(
                    "Jakarta Mail's stream provider {} is not on the class path; it is looked up per mail",
                    ANGUS_PROVIDER);
        }
    }
}
