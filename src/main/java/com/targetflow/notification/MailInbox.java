package com.targetflow.notification;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads TargetFlow's own mailbox (targetflow.mail.inbox) for messages not read yet, hands each to
 * the features ({@link InboundMailHandler}) and records it, all in one transaction; only after
 * that commits are the messages marked as read on the server. A message is therefore acted on at
 * most once (its record's key is unique, whichever node reads it) and never lost (until the record
 * commits it stays unread, and the next run reads it again).
 */
@Service
@EnableConfigurationProperties(MailInboxProperties.class)
public class MailInbox {

    private static final Logger log = LoggerFactory.getLogger(MailInbox.class);
    private static final int TIMEOUT_MS = 20_000;

    private final MailInboxProperties properties;
    private final InboundMailRepository records;
    private final OutgoingMailRepository sent;
    private final List<InboundMailHandler> handlers;
    private final Clock clock;

    MailInbox(
            MailInboxProperties properties,
            InboundMailRepository records,
            OutgoingMailRepository sent,
            List<InboundMailHandler> handlers,
            Clock clock) {
        this.properties = properties;
        this.records = records;
        this.sent = sent;
        this.handlers = handlers;
        this.clock = clock;
    }

    /** Reads up to targetflow.mail.inbox.batch new messages; returns how many were recorded. */
    @Transactional
    public int read() {
        if (!properties.configured()) {
            return 0;
        }
        Store store = null;
        Folder folder;
        try {
            store = session().getStore(properties.protocol());
            store.connect(
                    properties.host(),
                    properties.port() == null ? -1 : properties.port(),
                    properties.username(),
                    properties.password());
            folder = store.getFolder(properties.folder());
            folder.open(Folder.READ_WRITE);
        } catch (MessagingException unreachable) {
            // The mailbox being away only delays replies; the next run tries again. Not a failed job.
            log.warn(
                    "Mailbox {} at {} could not be read: {}",
                    properties.username(),
                    properties.host(),
                    unreachable.getMessage());
            closeQuietly(null, store);
            return 0;
        }
        List<Message> done = new ArrayList<>();
        int recorded = 0;
        try {
            for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                if (done.size() >= properties.batch()) {
                    break;
                }
                IncomingMail mail = readOrNote(folder, (MimeMessage) message);
                if (!records.existsByMessageKey(mail.messageKey())) {
                    records.saveAndFlush(new InboundMail(mail, handle(mail), Instant.now(clock)));
                    recorded++;
                }
                done.add(message);
            }
        } catch (MessagingException lost) {
            log.warn("Mailbox {}: reading stopped: {}", properties.username(), lost.getMessage());
        }
        Folder open = folder;
        Store connected = store;
        afterCommit(() -> markRead(open, done), () -> closeQuietly(open, connected));
        return recorded;
    }

    /**
     * The message, or a note that it could not be read: recorded under its Message-ID, or its IMAP UID
     * when the server cannot even give its envelope, and marked read, so that one broken message does
     * not stop the mailbox from being read.
     */
    private IncomingMail readOrNote(Folder folder, MimeMessage message) {
        try {
            IncomingMail mail = IncomingMails.read(message);
            for (Long mailId : IncomingMails.answeredMailIds(message)) {
                Optional<Long> meeting = sent.findById(mailId).map(OutgoingMail::getMeetingId);
                if (meeting.isPresent()) {
                    return mail.withMeeting(meeting.get());
                }
            }
            return mail;
        } catch (IOException | MessagingException | RuntimeException broken) {
            log.warn(
                    "Mailbox {}: a message could not be read and is set aside: {}",
                    properties.username(),
                    broken.getMessage());
            return new IncomingMail(
                    unreadableKey(folder, message),
                    null,
                    null,
                    "unreadable: " + broken.getMessage(),
                    List.of(),
                    false,
                    null);
        }
    }

    private String unreadableKey(Folder folder, MimeMessage message) {
        try {
            String id = message.getMessageID();
            if (id != null && !id.isBlank() && id.length() <= 290) {
                return id.strip();
            }
            if (folder instanceof UIDFolder uids) {
                return "unreadable:" + uids.getUIDValidity() + ":" + uids.getUID(message);
            }
        } catch (MessagingException noEnvelope) {
            // fall through to the message's number in this session
        }
        return "unreadable:" + message.getMessageNumber() + ":" + Instant.now(clock);
    }

    private InboundMailHandler.Handled handle(IncomingMail mail) {
        if (mail.automatic()) {
            return new InboundMailHandler.Handled(
                    InboundOutcome.IGNORED_AUTOMATIC, mail.repliesToMeetingId(), null, null);
        }
        for (InboundMailHandler handler : handlers) {
            Optional<InboundMailHandler.Handled> handled = handler.handle(mail);
            if (handled.isPresent()) {
                return handled.get();
            }
        }
        return new InboundMailHandler.Handled(
                InboundOutcome.UNMATCHED, null, null, mail.text().startsWith("unreadable: ") ? mail.text() : null);
    }

    private Session session() {
        Properties settings = new Properties();
        for (String protocol : new String[] {"imap", "imaps"}) {
            // Reading a message must not mark it read on the server: only a committed record does.
            settings.put("mail." + protocol + ".peek", "true");
            settings.put("mail." + protocol + ".connectiontimeout", String.valueOf(TIMEOUT_MS));
            settings.put("mail." + protocol + ".timeout", String.valueOf(TIMEOUT_MS));
        }
        return Session.getInstance(settings);
    }

    private void markRead(Folder folder, List<Message> messages) {
        if (messages.isEmpty()) {
            return;
        }
        try {
            folder.setFlags(messages.toArray(Message[]::new), new Flags(Flags.Flag.SEEN), true);
        } catch (MessagingException notMarked) {
            // Recorded already: the next run finds the record and marks them then.
            log.warn(
                    "Mailbox {}: {} messages not marked read: {}",
                    properties.username(),
                    messages.size(),
                    notMarked.getMessage());
        }
    }

    private static void afterCommit(Runnable committed, Runnable always) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            committed.run();
            always.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                committed.run();
            }

            @Override
            public void afterCompletion(int status) {
                always.run();
            }
        });
    }

    private static void closeQuietly(Folder folder, Store store) {
        try {
            if (folder != null && folder.isOpen()) {
                folder.close(false);
            }
        } catch (MessagingException ignored) {
            // closing a connection that is going away anyway
        }
        try {
            if (store != null && store.isConnected()) {
                store.close();
            }
        } catch (MessagingException ignored) {
            // as above
        }
    }
}
