package org.skynetkg.document;

import java.util.Locale;

/**
 * The language of an announcement: the front matter's {@code language} when it has one ({@code zh}, {@code zh-Hans},
 * {@code zh-Hant}, {@code en}), else Chinese when at least 10 of the text's first 4,000 characters are Han characters
 * and they outnumber half its Latin letters, else English.
 */
public final class Language {
    private Language() {}

    /** "zh" or "en" (a language tag given in the front matter is kept as written). */
    public static String of(Announcement a) {
        String given = a.metadata().language();
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        return isChinese(a.text()) ? "zh" : "en";
    }

    public static boolean chinese(Announcement a) {
        return of(a).toLowerCase(Locale.ROOT).startsWith("zh");
    }

    static boolean isChinese(String text) {
        int han = 0;
        int latin = 0;
        for (int i = 0; i < Math.min(text.length(), 4000); i++) {
            char c = text.charAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HAN) {
                han++;
            } else if (script == Character.UnicodeScript.LATIN && Character.isLetter(c)) {
                latin++;
            }
        }
        return han >= 10 && han * 2 > latin;
    }
}
