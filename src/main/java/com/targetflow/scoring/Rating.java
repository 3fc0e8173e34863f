package com.targetflow.scoring;

/** 考核等次: 优秀, 良好, 合格, 不合格; thresholds in unit-rating.dmn. */
public enum Rating {
    EXCELLENT,
    GOOD,
    PASS,
    FAIL
}
