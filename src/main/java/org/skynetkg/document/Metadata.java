package org.skynetkg.document;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What is known of an announcement besides its text: from front matter, else from the dateline.
 * {@code dateInferred} is true when the year of {@code published} was not written in the document.
 */
public record Metadata(String title, String publisher, LocalDate published, boolean dateInferred,
                       String url, String language, String place) {

    public static Metadata empty() {
        return new Metadata(null, null, null, false, null, null, null);
    }

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    public Metadata withPublished(LocalDate date, boolean inferred) {
        return new Metadata(title, publisher, date, inferred, url, language, place);
    }

    public Metadata withPublisher(String p) {
        return new Metadata(title, p, published, dateInferred, url, language, place);
    }

    public Metadata withPlace(String p) {
        return new Metadata(title, publisher, published, dateInferred, url, language, p);
    }
}
