package com.targetflow.reliability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The matrix as written in {@link AuthorizationMatrixTest}: one row per endpoint (method, path with
 * placeholders, an optional ~probe), one expected answer per role. Parsed here so that the table
 * stays the only place where an expectation is written.
 */
final class AuthorizationMatrix {

    static final List<String> ROLES = List.of(
            "anonymous", "secretaryA", "leaderA", "secretaryB", "inspector", "manager", "districtLeader", "admin");

    record Row(String method, String path, String probe, List<String> expected) {

        String endpoint() {
            return method + " " + path;
        }

        boolean writes() {
            return !method.equals("GET");
        }
    }

    /** One role on one endpoint: what the test runs and names in its report. */
    record Cell(Row row, String role, String expected) {

        /** A finding left in the app: the cell is written as it should be, with "!", and reported, not failed. */
        boolean knownFinding() {
            return expected.endsWith("!");
        }

        String answer() {
            return knownFinding() ? expected.substring(0, expected.length() - 1) : expected;
        }

        @Override
        public String toString() {
            return row.endpoint() + " as " + role;
        }
    }

    private AuthorizationMatrix() {}

    static List<Row> parse(String table) {
        List<Row> rows = new ArrayList<>();
        for (String line : table.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            List<String> tokens = new ArrayList<>(Arrays.asList(trimmed.split("\\s+")));
            String method = tokens.remove(0);
            String path = tokens.remove(0);
            String probe = tokens.get(0).startsWith("~") ? tokens.remove(0).substring(1) : null;
            if (tokens.size() != ROLES.size()) {
                throw new IllegalArgumentException("expected " + ROLES.size() + " answers in: " + trimmed);
            }
            rows.add(new Row(method, path, probe, List.copyOf(tokens)));
        }
        return rows;
    }

    static List<Cell> cells(List<Row> rows) {
        List<Cell> cells = new ArrayList<>();
        for (Row row : rows) {
            for (int n = 0; n < ROLES.size(); n++) {
                cells.add(new Cell(row, ROLES.get(n), row.expected().get(n)));
            }
        }
        return cells;
    }
}
