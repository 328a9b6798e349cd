package org.skynetkg.document;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Optional front matter at the start of an announcement, between two {@code ---} lines:
 * {@code key: value} lines with the keys {@code title, publisher, published (YYYY-MM-DD), url, language}.
 * Other keys are kept (ignored by the loader) so that notes can be added to files.
 */
final class FrontMatter {
    static final Set<String> KNOWN = Set.of("title", "publisher", "published", "url", "language", "place");

    final Map<String, String> fields;
    /** Char index where the body starts (just after the closing {@code ---} line), 0 without front matter. */
    final int bodyStart;

    private FrontMatter(Map<String, String> fields, int bodyStart) {
        this.fields = fields;
        this.bodyStart = bodyStart;
    }

    static FrontMatter parse(String source, String text) {
        if (!text.startsWith("---")) {
            return new FrontMatter(Map.of(), 0);
        }
        int firstEol = text.indexOf('\n');
        if (firstEol < 0 || !text.substring(0, firstEol).strip().equals("---")) {
            return new FrontMatter(Map.of(), 0);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        int pos = firstEol + 1;
        int lineNo = 1;
        while (pos < text.length()) {
            lineNo++;
            int eol = text.indexOf('\n', pos);
            int next = eol < 0 ? text.length() : eol + 1;
            String line = text.substring(pos, eol < 0 ? text.length() : eol).strip();
            if (line.equals("---")) {
                return new FrontMatter(fields, next);
            }
            if (!line.isEmpty() && !line.startsWith("#")) {
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw new DocumentException(source, "front matter line " + lineNo
                            + " is not 'key: value': " + abbreviate(line));
                }
                fields.put(line.substring(0, colon).strip().toLowerCase(), unquote(line.substring(colon + 1).strip()));
            }
            pos = next;
        }
        throw new DocumentException(source, "front matter opened with '---' on line 1 is never closed with '---'");
    }

    static Metadata toMetadata(String source, Map<String, String> f) {
        LocalDate published = null;
        String date = f.get("published");
        if (date != null && !date.isEmpty()) {
            try {
                published = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new DocumentException(source, "front matter 'published' is not a date YYYY-MM-DD: " + abbreviate(date));
            }
        }
        return new Metadata(emptyToNull(f.get("title")), emptyToNull(f.get("publisher")), published, false,
                emptyToNull(f.get("url")), emptyToNull(f.get("language")), emptyToNull(f.get("place")));
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
