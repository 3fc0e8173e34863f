package com.targetflow.targets;

import java.math.BigDecimal;

public record IndicatorView(
        String code,
        String name,
        String nameEn,
        IndicatorKind kind,
        String measure,
        String measureEn,
        BigDecimal defaultQuota,
        IndicatorSource source,
        long version) {

    static IndicatorView of(Indicator i) {
        return new IndicatorView(
                i.getCode(),
                i.getName(),
                i.getNameEn(),
                i.getKind(),
                i.getMeasure(),
                i.getMeasureEn(),
                i.getDefaultQuota(),
                i.getSource(),
                i.getVersion());
    }
}
