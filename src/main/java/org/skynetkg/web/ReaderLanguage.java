package org.skynetkg.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/**
 * The language a reader wants a page in, "en" or "zh": the {@code lang} parameter (the pages' language switch), else
 * the first of English and Chinese that {@code Accept-Language} ranks (RFC 4647 ranges), else English.
 */
final class ReaderLanguage {
    static final List<String> OFFERED = List.of("en", "zh");

    private ReaderLanguage() {}

    static String of(HttpServletRequest req) {
        String asked = req.getParameter("lang");
        if (asked != null && OFFERED.contains(asked)) {
            return asked;
        }
        String header = req.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return "en";
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (range.getWeight() > 0 && (tag.equals("zh") || tag.startsWith("zh-"))) {
                    return "zh";
                }
                if (range.getWeight() > 0 && (tag.equals("en") || tag.startsWith("en-") || tag.equals("*"))) {
                    return "en";
                }
            }
        } catch (IllegalArgumentException malformed) {
            return "en";
        }
        return "en";
    }
}
