package com.targetflow.meetings;

import java.nio.charset.StandardCharsets;

/**
 * Folds an iCalendar text as RFC 5545 §3.1 asks: no line longer than 75 octets, continued on the
 * next line after a space. biweekly folds by characters, and a line of Chinese text is three
 * octets a character; a character's octets are never split.
 */
final class IcsLines {

    static final int MAX_OCTETS = 75;

    private IcsLines() {}

    static String fold(String ics) {
        String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 20);
        for (String line : unfolded.split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > MAX_OCTETS) {
                    folded.append("\r\n ");
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            folded.append("\r\n");
        }
        return folded.toString();
    }
}
