package org.skynetkg.extract;

import com.ibm.icu.text.Transliterator;
import java.math.BigDecimal;

/** Chinese text: digits folded, and numbers written in digits or in Chinese numerals. */
final class ChineseText {
    private ChineseText() {}

    /** ICU's Traditional-to-Simplified transform; an instance is not shared between threads unguarded. */
    private static final java.util.regex.Pattern PINYIN =
            java.util.regex.Pattern.compile("\\((?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)\\)");
    private static final Transliterator SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");

    /**
     * The text as the patterns read it: pinyin glosses dropped, traditional characters as simplified ones (ICU),
     * full-width digits as ASCII. Offsets in it are its own: facts keep the sentence, not positions in it.
     */
    static String fold(String text) {
        // Pages converted by machine gloss characters with their pinyin: "天網(wǎng)", "國(guó)家".
        text = PINYIN.matcher(text).replaceAll("");
        String simplified;
        synchronized (SIMPLIFIED) {
            simplified = SIMPLIFIED.transliterate(text);
        }
        String base = simplified.length() == text.length() ? simplified : text;
        StringBuilder out = new StringBuilder(base.length());
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            out.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c == '．' ? '.' : c);
        }
        return out.toString();
    }

    /** "1,357" → 1357, "24.68" with 亿 → 2468000000, "二千" → 2000, "十九" → 19; null when it is not a number. */
    static BigDecimal number(String digits, String multiplier) {
        BigDecimal n = digits.chars().anyMatch(Character::isDigit) ? new BigDecimal(digits.replace(",", ""))
                : numeral(digits);
        if (n == null) {
            return null;
        }
        if (multiplier != null) {
            for (char m : multiplier.toCharArray()) {
                n = n.multiply(m == '万' || m == '萬' ? BigDecimal.valueOf(10_000) : BigDecimal.valueOf(100_000_000));
            }
        }
        return n.stripTrailingZeros().scale() < 0 ? n.setScale(0) : n.stripTrailingZeros();
    }

    private static BigDecimal numeral(String s) {
        long total = 0;
        long digit = -1;
        for (char c : s.toCharArray()) {
            int d = "零〇一二三四五六七八九".indexOf(c);
            if (d >= 0) {
                digit = d <= 1 ? 0 : d - 1;
                continue;
            }
            if (c == '两' || c == '兩') {
                digit = 2;
                continue;
            }
            long unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
            if (unit == 0) {
                return null;
            }
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        total += Math.max(digit, 0);
        return total == 0 ? null : BigDecimal.valueOf(total);
    }
}
