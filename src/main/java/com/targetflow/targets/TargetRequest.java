package com.targetflow.targets;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One target of a plan: a unit, an indicator, a quota and a due date. */
public record TargetRequest(
        @NotBlank @Size(max = 32) String unitCode,
        @NotBlank @Size(max = 16) String indicatorCode,

        @NotNull @DecimalMin("0") @DecimalMax("9999999999") @Digits(integer = 10, fraction = 2)
        BigDecimal quota,

        @NotNull LocalDate dueDate) {}
