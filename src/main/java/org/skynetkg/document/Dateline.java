package org.skynetkg.document;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline that opens a news item: "China News Service, Beijing, March 3." or
 * "BEIJING, Jan. 18 (Xinhua) --", or, in Chinese, "新华社北京1月12日电". Gives the place, the publisher when named, month and day, and the year
 * when written.
 */
final class Dateline {
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    /** "Publisher, Place, Month Day." */
    private static final Pattern PUBLISHER_FIRST = Pattern.compile(
            "^\\s*([A-Z][\\w.'’ -]{2,60}?),\\s*([A-Z][A-Za-z .'-]{1,40}?),\\s*" + MONTH + "\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?\\b");
    /** "PLACE, Month Day (Publisher) --" */
    private static final Pattern PLACE_FIRST = Pattern.compile(
            "^\\s*([A-Z][A-Za-z .'-]{1,40}?),\\s*" + MONTH + "\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?\\s*(?:\\(([^)]{2,60})\\))?");

    /** "新华社北京1月12日电", "中新网北京3月10日电", "本报北京5月6日电": publisher (not "本报", this paper), place, month, day. */
    private static final Pattern CHINESE = Pattern.compile(
            "^\\s*[【\\[]?\\s*(新华社|新華社|中新社|中新网|中新網|人民网|人民網|央视网|央視網|本报|本報)\\s*"
            + "(北京|[\\p{IsHan}]{2,3}?)\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*(?:电|電|讯|訊)");

    final String place;
    final String publisher;
    final Month month;
    final int day;
    final Integer year;

    private Dateline(String place, String publisher, Month month, int day, Integer year) {
        this.place = place;
        this.publisher = publisher;
        this.month = month;
        this.day = day;
        this.year = year;
    }

    static Dateline find(String body) {
        String head = body.length() > 300 ? body.substring(0, 300) : body;
        Matcher m = PUBLISHER_FIRST.matcher(head);
        if (m.find()) {
            return make(m.group(2), m.group(1), m.group(3), m.group(4), m.group(5));
        }
        m = PLACE_FIRST.matcher(head);
        if (m.find()) {
            return make(m.group(1), m.group(5), m.group(2), m.group(3), m.group(4));
        }
        m = CHINESE.matcher(head);
        if (m.find()) {
            int month = Integer.parseInt(m.group(3));
            int day = Integer.parseInt(m.group(4));
            if (month < 1 || month > 12 || day < 1 || day > 31) {
                return null;
            }
            String publisher = m.group(1).startsWith("本") ? null : m.group(1);
            return new Dateline(m.group(2), publisher, Month.of(month), day, null);
        }
        return null;
    }

    private static Dateline make(String place, String publisher, String month, String day, String year) {
        int d = Integer.parseInt(day);
        if (d < 1 || d > 31) {
            return null;
        }
        return new Dateline(titleCase(place.strip()), publisher == null ? null : publisher.strip(),
                month(month), d, year == null ? null : Integer.valueOf(year));
    }

    LocalDate date(int inYear) {
        return LocalDate.of(inYear, month, Math.min(day, month.length(java.time.Year.isLeap(inYear))));
    }

    private static Month month(String s) {
        String key = s.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().startsWith(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException(s);
    }

    private static String titleCase(String s) {
        if (!s.equals(s.toUpperCase(Locale.ROOT))) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        for (String w : s.toLowerCase(Locale.ROOT).split(" ")) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return b.toString();
    }
}
