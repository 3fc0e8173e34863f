package com.targetflow.bench;

/** One line of the results table. */
record Row(String id, String workload, String goal, String measured, String baseline, String verdict) {

    String markdown() {
        return "| " + String.join(" | ", id, workload, goal, measured, baseline, verdict) + " |";
    }
}
