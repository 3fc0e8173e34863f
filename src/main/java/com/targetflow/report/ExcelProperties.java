package com.targetflow.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** The largest plan sheet accepted for import (default 10 MB: a district of a thousand units fits in well under 1 MB). */
@ConfigurationProperties("targetflow.excel")
record ExcelProperties(DataSize maxUpload) {

    ExcelProperties {
        maxUpload = maxUpload == null ? DataSize.ofMegabytes(10) : maxUpload;
    }
}
