package org.skynetkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures of a sentence: grouped digits, a number with a qualifier ("more than"), an amount with a scale
 * word and a currency before or after it, a number in words. Leaves out what is not a figure: years, days of
 * months, ordinals, numbers inside names, counts of countries or treaties, and a converted amount in brackets after
 * an amount.
 */
final class FigureFinder {
    /** A number, with its scale written apart or glued to it ("2.3 billion", "2.3bn"). */
    private static final Pattern DIGITS = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,]|\\p{L}-)(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?!\\p{N}|[.,]\\d|(?!(?:bn|bln|mln)\\b)\\p{L})"
            + "(?:\\s*(thousand|million|billion|trillion|mln|bln|bn)\\b)?", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50));
    /** How many characters before a number are read for its currency, qualifier and list name. */
    private static final int WINDOW = 80;
    private static final Pattern ONE_OF = Pattern.compile("one\\s+of\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_BEFORE = Pattern.compile(
            "\\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?\\s+$");

    private final Patterns patterns;

    FigureFinder(Patterns patterns) {
        this.patterns = patterns;
    }

    List<Figure> find(String text, List<? extends Span<?>> names) {
        List<Figure> out = new ArrayList<>();
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            if (m.group(2) == null && isYear(m.group(1))) {
                continue;
            }
            BigDecimal v = new BigDecimal(m.group(1).replace(",", ""));
            add(text, m.start(), m.end(), v.multiply(scale(m.group(2))), names, out);
        }
        words(text, names, out);
        out.sort(java.util.Comparator.comparingInt(Figure::start));
        return cutAtNext(text, dropConversions(text, out));
    }

    /**
     * Numbers in words: "five", "Nineteen", "twenty-seven"; not "one-off" or "two-year", nor "one of" (which picks
     * out one, it does not count). Read word by word: a regular expression of the words tried at every position was
     * a tenth of the extractor's time (bench/README.md).
     */
    private void words(String text, List<? extends Span<?>> names, List<Figure> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isLetter(text.charAt(i)) || i > 0 && isWordChar(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int end = letters(text, i);
            Integer value = end - i >= 3 && end - i <= 9 ? WORDS.get(text.substring(i, end).toLowerCase(Locale.ROOT)) : null;
            int stop = end;
            if (value != null && value >= 20 && value % 10 == 0 && end < n && text.charAt(end) == '-' && end + 1 < n
                    && isLetter(text.charAt(end + 1))) {
                int unitEnd = letters(text, end + 1);
                Integer unit = WORDS.get(text.substring(end + 1, unitEnd).toLowerCase(Locale.ROOT));
                value = unit != null && unit < 10 ? value + unit : null;
                stop = unitEnd;
            }
            boolean bounded = stop == n || !isWordChar(text.charAt(stop)) && text.charAt(stop) != '-';
            if (value != null && bounded && !ONE_OF.matcher(text).region(i, n).lookingAt()) {
                add(text, i, stop, BigDecimal.valueOf(value), names, out);
            }
            i = Math.max(stop, i + 1);
        }
    }

    private static int letters(String text, int from) {
        int end = from;
        while (end < text.length() && isLetter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isWordChar(char c) {
        return isLetter(c) || c >= '0' && c <= '9' || c == '_';
    }

    private void add(String text, int start, int end, BigDecimal value, List<? extends Span<?>> names, List<Figure> out) {
        if (MentionFinder.overlaps(names, start, end)) {
            return;
        }
        // The words just before the number: the patterns read there end at the number ("$"), and a window keeps
        // them from scanning the whole sentence again for every figure.
        int window = Math.max(0, start - WINDOW);
        String before = text.substring(window, start);
        String after = text.substring(end);
        if (MONTH_BEFORE.matcher(before).find() || patterns.find("figure.distractor-after", after)) {
            return;
        }
        String upTo = text.substring(window, end);
        if (patterns.find("figure.list-name.strong", upTo)
                || patterns.find("figure.list-name", upTo) && patterns.find("figure.list-name.after", after)) {
            return;
        }
        String unit = null;
        Matcher m;
        if ((m = patterns.get("unit.CNY.prefix").matcher(before)).find()) {
            unit = "CNY";
            start = window + m.start();
        } else if ((m = patterns.get("unit.USD.prefix").matcher(before)).find()) {
            unit = "USD";
            start = window + m.start();
        } else if ((m = patterns.get("unit.CNY.suffix").matcher(after)).find()) {
            unit = "CNY";
            end += m.end();
        } else if ((m = patterns.get("unit.USD.suffix").matcher(after)).find()) {
            unit = "USD";
            end += m.end();
        }
        // "more than $519 million": the qualifier comes before the currency sign
        String lead = text.substring(Math.max(window, start - 30), start);
        String qualifier = patterns.find("qualifier.atLeast", lead) ? "atLeast"
                : patterns.find("qualifier.about", lead) ? "about" : "exact";
        out.add(new Figure(start, end, value.stripTrailingZeros(), unit, qualifier, text.substring(end)));
    }

    /** The words after a figure, up to the next figure: what is written after "307" is not about "five" after it. */
    private static List<Figure> cutAtNext(String text, List<Figure> figures) {
        List<Figure> out = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            int to = i + 1 < figures.size() ? figures.get(i + 1).start() : text.length();
            out.add(new Figure(f.start(), f.end(), f.value(), f.unit(), f.qualifier(), text.substring(f.end(), Math.max(f.end(), to))));
        }
        return out;
    }

    /** "8.6 billion yuan (1.25 billion U.S. dollars)", "1.2 billion yuan, or 180 million dollars": the same amount. */
    private List<Figure> dropConversions(String text, List<Figure> figures) {
        List<Figure> out = new ArrayList<>();
        Figure previous = null;
        for (Figure f : figures) {
            boolean conversion = previous != null && previous.money() && f.money()
                    && patterns.find("figure.bracketed-conversion", text.substring(previous.end(), f.start()));
            if (!conversion) {
                out.add(f);
            }
            previous = f;
        }
        return out;
    }

    private static boolean isYear(String digits) {
        if (digits.length() != 4 || digits.contains(",") || digits.contains(".")) {
            return false;
        }
        int y = Integer.parseInt(digits);
        return y >= 1900 && y <= 2099;
    }

    private static BigDecimal scale(String word) {
        if (word == null) {
            return BigDecimal.ONE;
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "thousand" -> BigDecimal.valueOf(1_000L);
            case "million", "mln" -> BigDecimal.valueOf(1_000_000L);
            case "billion", "bln", "bn" -> BigDecimal.valueOf(1_000_000_000L);
            case "trillion" -> BigDecimal.valueOf(1_000_000_000_000L);
            default -> BigDecimal.ONE;
        };
    }
}
