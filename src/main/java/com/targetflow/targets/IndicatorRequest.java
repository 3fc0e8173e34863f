package com.targetflow.targets;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** What a manager sends to add or change an indicator. The code cannot change. */
public record IndicatorRequest(
        @NotBlank @Pattern(regexp = "[A-Z]{2,8}-[0-9]{1,3}", message = "{validation.indicator.code}")
        String code,

        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String nameEn,
        @NotNull IndicatorKind kind,
        @NotBlank @Size(max = 40) String measure,
        @NotBlank @Size(max = 40) String measureEn,

        @DecimalMin("0") @DecimalMax("9999999999") @Digits(integer = 10, fraction = 2)
        BigDecimal defaultQuota,

        @NotNull IndicatorSource source) {}
