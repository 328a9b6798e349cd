package org.skynetkg.document;

import java.text.Normalizer;
import java.util.Locale;

/** Lower-case, hyphen-separated ASCII slugs for IRIs: "People's Bank of China" becomes "peoples-bank-of-china". */
public final class Slugs {
    private Slugs() {}

    public static String slug(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("['’]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
