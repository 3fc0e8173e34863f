package com.targetflow.organisation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator sends to create or change a facility. The code cannot change. */
public record FacilityRequest(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9-]{1,39}", message = "{validation.facility.code}")
        String code,

        @NotBlank @Size(max = 200) String name,
        @NotNull FacilityKind kind,
        @NotBlank @Size(max = 32) String ownerCode,
        @Size(max = 32) String communityCode,
        @Size(max = 300) String address,
        @Min(1949) @Max(2100) Integer sinceYear,
        @NotNull FacilityStatus status) {}
