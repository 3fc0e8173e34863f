package com.targetflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.targetflow.reliability.TcpProxy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Mails over real SMTP (GreenMail, behind a proxy that counts and cuts connections): a thread sends
 * mail after mail over one connection, opens a new one after the configured number of mails, and
 * gets over a connection the server dropped between two mails without losing or doubling one.
 */
class SmtpConnectionsTest {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(
                    new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    TcpProxy proxy;
    JavaMailSenderImpl sender;

    @BeforeEach
    void aSenderBehindAProxy() throws IOException {
        proxy = new TcpProxy(SMTP_PORT);
        sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(proxy.port());
    }

    @AfterEach
    void closeProxy() {
        proxy.close();
    }

    @Test
    void mailAfterMailGoesOverOneConnection() throws Exception {
        SmtpConnections connections = new SmtpConnections(100);
        for (int i = 0; i < 30; i++) {
            connections.send(sender, mail(i));
        }
        connections.closeAll();

        assertThat(received()).containsExactlyElementsOf(numbers(30));
        assertThat(proxy.connections()).isEqualTo(1);
    }

    @Test
    void aNewConnectionAfterTheConfiguredNumberOfMails() throws Exception {
        SmtpConnections connections = new SmtpConnections(10);
        for (int i = 0; i < 25; i++) {
            connections.send(sender, mail(i));
        }
        connections.closeAll();

        assertThat(received()).containsExactlyElementsOf(numbers(25));
        assertThat(proxy.connections()).isEqualTo(3);
    }

    @Test
    void oneMailPerConnectionWhenAskedFor() throws Exception {
        SmtpConnections connections = new SmtpConnections(1);
        for (int i = 0; i < 4; i++) {
            connections.send(sender, mail(i));
        }

        assertThat(received()).containsExactlyElementsOf(numbers(4));
        assertThat(proxy.connections()).isEqualTo(4);
    }

    @Test
    void eachThreadHasItsOwnConnection() throws Exception {
        SmtpConnections connections = new SmtpConnections(100);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture.allOf(IntStream.range(0, 2)
                            .mapToObj(t -> CompletableFuture.runAsync(
                                    () -> {
                                        for (int i = 0; i < 10; i++) {
                                            sendQuietly(connections, t * 10 + i);
                                        }
                                    },
                                    threads))
                            .toArray(CompletableFuture[]::new))
                    .join();
        } finally {
            threads.shutdown();
        }
        connections.closeAll();

        assertThat(received()).containsExactlyInAnyOrderElementsOf(numbers(20));
        assertThat(proxy.connections()).isEqualTo(2);
    }

    @Test
    void aConnectionTheServerDroppedBetweenTwoMailsIsReplacedAndTheMailArrivesOnce() throws Exception {
        SmtpConnections connections = new SmtpConnections(100);
        connections.send(sender, mail(0));
        connections.send(sender, mail(1));
        proxy.cut(); // the server went away and came back between two mails
        proxy.restore();
        connections.send(sender, mail(2));
        connections.send(sender, mail(3));
        connections.closeAll();

        assertThat(received()).containsExactlyElementsOf(numbers(4));
        assertThat(proxy.connections()).isEqualTo(2);
    }

    @Test
    void aServerThatIsDownFailsTheMailAndTheNextOneConnectsAgain() throws Exception {
        SmtpConnections connections = new SmtpConnections(100);
        connections.send(sender, mail(0));
        proxy.cut();
        assertThatThrownBy(() -> connections.send(sender, mail(1))).isInstanceOf(MessagingException.class);
        proxy.restore();
        connections.send(sender, mail(1));
        connections.closeAll();

        assertThat(received()).containsExactlyElementsOf(numbers(2));
    }

    private void sendQuietly(SmtpConnections connections, int n) {
        try {
            connections.send(sender, mail(n));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private MimeMessage mail(int n) throws MessagingException {
        MimeMessage mime = sender.createMimeMessage();
        mime.setFrom(new InternetAddress("kexie@district.example"));
        mime.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress("street01@district.example"));
        mime.setSubject("提醒 " + n, "UTF-8");
        mime.setText("第 " + n + " 封", "UTF-8");
        return mime;
    }

    private static List<String> received() {
        return Arrays.stream(smtp.getReceivedMessages())
                .map(m -> {
                    try {
                        return m.getSubject();
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static List<String> numbers(int count) {
        return IntStream.range(0, count).mapToObj(n -> "提醒 " + n).toList();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
