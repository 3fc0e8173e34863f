package com.targetflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.targetflow.HeadlessApp;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** Outside the demo profile the app will not start with a default secret or without an administrator. */
class NoDefaultSecretsTest {

    @TempDir
    Path dataDir;

    @Test
    void aKnownDefaultPasswordIsRefusedBeforeAnythingStarts() {
        assertThatThrownBy(() -> start("production", "--targetflow.admin.password=changeme"))
                .hasStackTraceContaining("TARGETFLOW_ADMIN_PASSWORD is a known default password");
        assertThatThrownBy(() -> start("production", "--targetflow.admin.password=Demo"))
                .hasStackTraceContaining("known default password");
        assertThatThrownBy(() -> start("production", "--targetflow.admin.password=short-pw"))
                .hasStackTraceContaining("at least 12 characters");
    }

    @Test
    void aFirstStartWithoutAnAdministratorPasswordIsRefused() {
        assertThatThrownBy(() -> start("production", "--targetflow.admin.password="))
                .hasStackTraceContaining("there is no administrator yet. Set TARGETFLOW_ADMIN_PASSWORD");
    }

    @Test
    void aDatabaseThatHoldsTheDemoDistrictIsNotStartedAsProduction() {
        try (ConfigurableApplicationContext demo = start("demo")) {
            assertThat(demo.isRunning()).isTrue();
        }
        assertThatThrownBy(() -> start("production", "--targetflow.admin.password=a-long-and-fine-password"))
                .hasStackTraceContaining("this database holds the demo district");
    }

    @Test
    void laterStartsNeedNoPasswordOnceTheAdministratorExists() {
        try (ConfigurableApplicationContext first =
                start("production", "--targetflow.admin.password=a-long-and-fine-password")) {
            assertThat(first.isRunning()).isTrue();
        }
        try (ConfigurableApplicationContext later = start("production", "--targetflow.admin.password=")) {
            assertThat(later.isRunning()).isTrue();
        }
    }

    @Test
    void productionWithSmtpRefusesLinksAndASenderThatOnlyWorkOnThisMachine() {
        String password = "--targetflow.admin.password=a-long-and-fine-password";
        String checked = "--targetflow.mail.check-settings=true";
        assertThatThrownBy(() -> start("production", password, checked, "--spring.mail.host=127.0.0.1"))
                .hasStackTraceContaining("Refusing to start: mail goes out over SMTP (spring.mail.host=127.0.0.1)")
                .hasStackTraceContaining("targetflow.base-url is http://localhost:8080")
                .hasStackTraceContaining("targetflow.mail.from is targetflow@localhost");
        Throwable refused = catchThrowable(() -> start(
                "production",
                password,
                checked,
                "--spring.mail.host=127.0.0.1",
                "--targetflow.base-url=https://kexie.district.example"));
        StringBuilder messages = new StringBuilder();
        for (Throwable t = refused; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        assertThat(messages.toString())
                .contains("targetflow.mail.from is targetflow@localhost")
                .doesNotContain("targetflow.base-url is");
    }

    private ConfigurableApplicationContext start(String profile, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "--spring.datasource.url=jdbc:h2:file:"
                + dataDir.resolve("targetflow").toAbsolutePath();
        System.arraycopy(args, 0, all, 1, args.length);
        return HeadlessApp.start("secrets", new String[] {"test", profile}, all);
    }
}
