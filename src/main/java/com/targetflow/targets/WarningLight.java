package com.targetflow.targets;

/** 红黄绿灯预警: how a target stands against the pace of the year. */
public enum WarningLight {
    GREEN,
    YELLOW,
    RED
}
