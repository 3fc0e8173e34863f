package com.targetflow.inspections;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.targetflow.organisation.Facility;
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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One visit to a facility: the first inspection of a round (visit 1) or a re-inspection (2, 3 …),
 * opened when the inspector's task is created, completed with the checklist and the decision, and
 * — when rectification is asked — what the owning unit did.
 */
@Entity
@Table(name = "tf_inspection")
public class Inspection {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private InspectionRound round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Facility facility;

    @Column(nullable = false)
    private int visit;

    @Column(nullable = false)
    private String inspector;

    private Instant inspectedAt;

    /** The checklist as JSON: item key → true (met) or false (not met); numbers for counts. */
    private String checklist;

    private String remark;
    private Integer failedItems;

    @Enumerated(EnumType.STRING)
    private InspectionOutcome outcome;

    private Integer rectifyDays;
    private String rectification;
    private String rectifiedBy;
    private Instant rectifiedAt;

    /** What the district decided when it took the facility over after the second failed re-inspection (督办). */
    private String escalation;

    @Version
    private long version;

    protected Inspection() {}

    Inspection(InspectionRound round, Facility facility, int visit, String inspector) {
        this.round = round;
        this.facility = facility;
        this.visit = visit;
        this.inspector = inspector;
    }

    void inspected(Map<String, Object> ticked, String remark, int failedItems, Instant at) {
        try {
            this.checklist = JSON.writeValueAsString(ticked);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        this.remark = remark;
        this.failedItems = failedItems;
        this.inspectedAt = at;
    }

    void decided(InspectionOutcome outcome, Integer rectifyDays) {
        this.outcome = outcome;
        this.rectifyDays = rectifyDays;
    }

    void rectified(String what, String by, Instant at) {
        this.rectification = what;
        this.rectifiedBy = by;
        this.rectifiedAt = at;
    }

    void escalated(String decision) {
        this.escalation = decision;
    }

    public Long getId() {
        return id;
    }

    public InspectionRound getRound() {
        return round;
    }

    public Facility getFacility() {
        return facility;
    }

    public int getVisit() {
        return visit;
    }

    public String getInspector() {
        return inspector;
    }

    public Instant getInspectedAt() {
        return inspectedAt;
    }

    public String getChecklist() {
        return checklist;
    }

    /** The checklist as ticked: item key → true / false, or the number for a count. */
    public Map<String, Object> checklistValues() {
        if (checklist == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(checklist, new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable checklist of inspection " + id, e);
        }
    }

    public String getRemark() {
        return remark;
    }

    public Integer getFailedItems() {
        return failedItems;
    }

    public InspectionOutcome getOutcome() {
        return outcome;
    }

    public Integer getRectifyDays() {
        return rectifyDays;
    }

    public String getRectification() {
        return rectification;
    }

    public String getRectifiedBy() {
        return rectifiedBy;
    }

    public Instant getRectifiedAt() {
        return rectifiedAt;
    }

    public String getEscalation() {
        return escalation;
    }
}
