package org.skynetkg.document;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lower-case, hyphen-separated ASCII slugs for IRIs: "People's Bank of China" becomes "peoples-bank-of-china". */
public final class Slugs {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NON_LATIN = Pattern.compile("[\\p{L}&&[^\\p{IsLatin}]]");
    /** Han, Cyrillic, ... spelt in Latin letters (ICU): "天网2022" becomes "tian wang2022". */
    private static final Transliterator LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private Slugs() {}

    /**
     * Accents are dropped (NFKD, then the combining marks), apostrophes removed, every run of other characters
     * than {@code a-z0-9} becomes one hyphen, and hyphens at either end are trimmed; "x" if nothing is left. Letters
     * of other scripts are first spelt in Latin (ICU): "天网2022行动" becomes "tian-wang-2022-xing-dong".
     */
    public static String slug(String s) {
        if (NON_LATIN.matcher(s).find()) {
            // Character by character, each a word of its own: "2022行动" is "2022 xing dong", not "2022xing dong".
            StringBuilder latin = new StringBuilder();
            synchronized (LATIN) {
                s.codePoints().forEach(c -> latin.append(NON_LATIN.matcher(Character.toString(c)).matches()
                        ? " " + LATIN.transliterate(Character.toString(c)) + " " : Character.toString(c)));
            }
            s = latin.toString();
        }
        String ascii = s.chars().allMatch(c -> c < 0x80) ? s
                : MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        String lower = ascii.toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '\'' || c == '\u2019') {
                continue;
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return slug.length() == 0 ? "x" : slug.toString();
    }
}
