package com.targetflow.report;

/** One thing wrong in an uploaded plan: where (row as Excel numbers it, column letter) and what, in words. */
public record ImportProblem(int row, String column, String message) {

    /** The cell's reference, e.g. E5; the whole row when no column is at fault. */
    public String cell() {
        return column == null ? String.valueOf(row) : column + row;
    }
}
