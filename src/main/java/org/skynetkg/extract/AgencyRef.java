package org.skynetkg.extract;

/**
 * An agency: one of the gazetteer ({@code known}, with its slug) or a new one kept under the name the
 * text gives it.
 */
public record AgencyRef(String slug, String name, boolean known) {
    @Override
    public String toString() {
        return known ? slug : "new:" + name;
    }
}
