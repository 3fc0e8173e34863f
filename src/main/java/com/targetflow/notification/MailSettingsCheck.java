package com.targetflow.notification;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Settings that a district cannot afford to forget once mail leaves the building: links in mail
 * must use the address people reach TargetFlow at, and the sender must be an address that exists.
 * Outside the demo, a node with SMTP configured refuses to start, naming the
 * property, when targetflow.base-url is a localhost address or targetflow.mail.from is @localhost.
 * /actuator/health names the same problems to administrators, under "mailSettings".
 */
@Component("mailSettings")
class MailSettingsCheck implements InitializingBean, HealthIndicator {

    private final NotificationProperties properties;
    private final Environment environment;

    MailSettingsCheck(NotificationProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() {
        List<String> problems = problems();
        boolean checked = environment.getProperty("targetflow.mail.check-settings", Boolean.class, true);
        if (smtp() && !problems.isEmpty() && checked && !environment.acceptsProfiles(Profiles.of("demo"))) {
            throw new IllegalStateException("Refusing to start: mail goes out over SMTP (spring.mail.host="
                    + environment.getProperty("spring.mail.host") + "), but " + String.join("; and ", problems));
        }
    }

    @Override
    public Health health() {
        List<String> problems = problems();
        // Up all the same: mail still works (to the built-in mailbox, or with odd links); a load balancer must not
        // take the node out for it. The problems are named for the administrator who reads the details.
        return Health.up()
                .withDetail("smtp", smtp())
                .withDetail("baseUrl", properties.baseUrl())
                .withDetail("from", properties.mail().from())
                .withDetail("problems", problems)
                .build();
    }

    private boolean smtp() {
        String host = environment.getProperty("spring.mail.host");
        return host != null && !host.isBlank();
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (local(properties.baseUrl())) {
            problems.add(
                    "targetflow.base-url is " + properties.baseUrl() + ": the links in mail would lead only to this"
                            + " machine. Set it (TARGETFLOW_BASE_URL) to the address people use, e.g. https://kexie.example.gov.cn");
        }
        if (properties.mail().from().toLowerCase(Locale.ROOT).endsWith("@localhost")) {
            problems.add(
                    "targetflow.mail.from is " + properties.mail().from() + ": no one can answer or trust it. Set it"
                            + " (TARGETFLOW_MAIL_FROM) to the district association's real address");
        }
        return problems;
    }

    private static boolean local(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null
                    || host.equalsIgnoreCase("localhost")
                    || host.startsWith("127.")
                    || host.equals("[::1]")
                    || host.equals("::1")
                    || host.equals("0.0.0.0");
        } catch (IllegalArgumentException notAUrl) {
            return true;
        }
    }
}
