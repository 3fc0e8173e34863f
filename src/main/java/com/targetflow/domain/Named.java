package com.targetflow.domain;

import java.util.Locale;

/**
 * Something named in both of the district's languages (an indicator, a unit), so that a rule can
 * name it in a problem without knowing who will read the problem: the web layer picks the name.
 */
public record Named(String zh, String en) {

    /** The English name for an English reader where there is one, the Chinese name otherwise. */
    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : zh;
    }

    @Override
    public String toString() {
        return zh;
    }
}
