package com.targetflow.targets;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A new draft plan: empty, copied from another year's plan (the usual way), or with its targets
 * given here. Quarter ends default to the calendar quarters. A copy takes the old plan's quotas,
 * or (copyQuotas ACTUALS) what each unit actually reached, as the new quotas.
 */
public record PlanRequest(
        @NotNull @Min(2000) @Max(2100) Integer year,
        @Min(2000) @Max(2100) Integer copyFromYear,
        CopyBasis copyQuotas,
        @Size(min = 4, max = 4) List<@NotNull LocalDate> quarterEnds,
        @Size(max = 50000) List<@Valid TargetRequest> targets) {}
