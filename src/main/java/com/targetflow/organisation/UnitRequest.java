package com.targetflow.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator sends to create or change a unit. The code cannot change. */
public record UnitRequest(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9-]{1,31}", message = "{validation.unit.code}")
        String code,

        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String nameEn,
        @NotNull UnitKind kind,
        @Size(max = 32) String parentCode) {}
