package com.targetflow.demo;

/** What playing the demo's year so far did, counted as it happens. */
final class DemoTally {
    int confirmed;
    int approved;
    int returned;
    int held;
    int visits;
    int rectifications;
}
