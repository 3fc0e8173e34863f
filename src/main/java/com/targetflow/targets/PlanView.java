package com.targetflow.targets;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record PlanView(
        long id,
        int year,
        PlanStatus status,
        List<LocalDate> quarterEnds,
        Instant issuedAt,
        List<TargetProgress> targets) {}
