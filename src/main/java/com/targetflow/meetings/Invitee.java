package com.targetflow.meetings;

import com.targetflow.organisation.Person;
import com.targetflow.organisation.Unit;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person invited to a meeting for their unit, with their reply and, after the meeting, the unit's attendance. */
@Entity
@Table(name = "tf_meeting_invitee")
public class Invitee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Unit unit;

    @Enumerated(EnumType.STRING)
    private Reply reply;

    private String deputyName;
    private String reason;
    private Instant repliedAt;

    @Enumerated(EnumType.STRING)
    private Attendance attendance;

    @Version
    private long version;

    protected Invitee() {}

    Invitee(Meeting meeting, Person person) {
        this.meeting = meeting;
        this.person = person;
        this.unit = person.getUnit();
    }

    void reply(Reply reply, String deputyName, String reason, Instant at) {
        this.reply = reply;
        this.deputyName = reply == Reply.DEPUTY ? deputyName : null;
        this.reason = reply == Reply.ABSENT ? reason : null;
        this.repliedAt = at;
    }

    /** After a reschedule everyone is asked again, as calendar programs do with a moved invitation. */
    void clearReply() {
        this.reply = null;
        this.deputyName = null;
        this.reason = null;
        this.repliedAt = null;
    }

    /** 人员变动: the successor attends for the unit instead, with the reply given so far. */
    void handOver(Person successor) {
        this.person = successor;
    }

    void attended(Attendance attendance) {
        this.attendance = attendance;
    }

    public boolean declined() {
        return reply == Reply.ABSENT;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Person getPerson() {
        return person;
    }

    public Unit getUnit() {
        return unit;
    }

    public Reply getReply() {
        return reply;
    }

    public String getDeputyName() {
        return deputyName;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }

    public Attendance getAttendance() {
        return attendance;
    }
}
