package com.targetflow.organisation;

import jakarta.persistence.Column;
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

@Entity
@Table(name = "tf_person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The sign-in name; also the Camunda user id. */
    @Column(nullable = false, unique = true, updatable = false)
    private String username;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String email;

    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Language language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PersonRole role;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DigestFrequency digest;

    /** False once the person left (人员变动): they cannot sign in and get no work, but history keeps them. */
    @Column(nullable = false)
    private boolean active = true;

    private Instant leftAt;

    /** Who took over their work when they left. */
    private String successor;

    @Version
    private long version;

    protected Person() {}

    public Person(
            String username, String name, String email, String phone, Language language, PersonRole role, Unit unit) {
        this.username = username;
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.language = language;
        this.role = role;
        this.unit = unit;
        this.digest = DigestFrequency.defaultFor(role);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Language getLanguage() {
        return language;
    }

    public PersonRole getRole() {
        return role;
    }

    public Unit getUnit() {
        return unit;
    }

    public DigestFrequency getDigest() {
        return digest;
    }

    public long getVersion() {
        return version;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getLeftAt() {
        return leftAt;
    }

    public String getSuccessor() {
        return successor;
    }

    void leave(String successor, Instant at) {
        this.active = false;
        this.successor = successor;
        this.leftAt = at;
    }

    public void chooseDigest(DigestFrequency digest) {
        this.digest = digest;
    }

    void update(String name, String email, String phone, Language language, PersonRole role, Unit unit) {
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.language = language;
        this.role = role;
        this.unit = unit;
    }
}
