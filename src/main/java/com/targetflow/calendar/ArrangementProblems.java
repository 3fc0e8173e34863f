package com.targetflow.calendar;

import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with an arrangement someone entered or imported, each problem with where it is (a
 * line of the text, a row of the sheet, an entry of the file) and a message key with its arguments.
 * Nothing is saved while there is one.
 */
public class ArrangementProblems extends RuntimeException {

    /** Where: a message key (calendar.where.line, .row, .entry) with the number, and what: a key with its arguments. */
    public record Problem(String whereKey, int where, String key, Object[] args) {}

    private final List<Problem> problems;

    ArrangementProblems(List<Problem> problems) {
        super(problems.size() + " problems in the arrangement: "
                + problems.stream().map(Problem::key).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** A line of the text, a row of the sheet or an entry of the file. */
    record Place(String key, int number) {

        static Place line(int number) {
            return new Place("calendar.where.line", number);
        }

        static Place row(int number) {
            return new Place("calendar.where.row", number);
        }

        static Place entry(int number) {
            return new Place("calendar.where.entry", number);
        }
    }

    /** Collects problems while reading; throws them together at the end. */
    static final class Collector {

        private final List<Problem> found = new ArrayList<>();

        void add(Place place, String key, Object... args) {
            if (found.size() < 50) {
                found.add(new Problem(place.key(), place.number(), key, args));
            }
        }

        boolean any() {
            return !found.isEmpty();
        }

        void check() {
            if (!found.isEmpty()) {
                throw new ArrangementProblems(found);
            }
        }
    }
}
