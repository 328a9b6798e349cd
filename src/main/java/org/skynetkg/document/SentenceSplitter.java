package org.skynetkg.document;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Sentence boundaries by the JDK's {@link BreakIterator} (Unicode UAX #29 rules), with two repairs the
 * genre needs: no break after an abbreviation such as "U.S." or "Jan.", and a break at a paragraph end
 * even without a full stop.
 */
public final class SentenceSplitter {
    /** How a sentence ends: a full stop, a question or exclamation mark, perhaps quoted. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\u2026\u3002\uFF01\uFF1F][\"'\u201D\u2019)\u300D\u300F]*\\s*$");
    /** A line that stops mid-sentence: on a comma, an article, a preposition or a conjunction. */
    private static final Pattern CONTINUES = Pattern.compile(
            "(?:,|\\b(?:the|a|an|of|and|or|to|in|for|with|by|on|at|from|as|its|their))\\s*$");

    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:\\b(?:[A-Z]\\.){2,}|\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Mr|Ms|Dr|St|Co|Ltd|Inc|vs)\\.)\\s*$");

    private SentenceSplitter() {}

    /** Sentences of {@code text[from, text.length())}; offsets are indices into {@code text}. */
    public static List<Sentence> split(String text, int from) {
        List<Sentence> out = new ArrayList<>();
        int paraStart = from;
        int paragraph = 0;
        while (paraStart < text.length()) {
            int paraEnd = lineEnd(text, paraStart);
            // A line broken inside a sentence ("... the\nMinistry of ...") goes on into the next line.
            while (paraEnd < text.length() && (continues(text, paraStart, paraEnd) || wrapped(text, paraStart, paraEnd))) {
                int next = lineEnd(text, paraEnd + 1);
                if (text.substring(paraEnd + 1, next).isBlank()) {
                    break;
                }
                paraEnd = next;
            }
            if (!text.substring(paraStart, paraEnd).isBlank()) {
                splitParagraph(text, paraStart, paraEnd, paragraph++, out);
            }
            paraStart = paraEnd + 1;
        }
        readCutOff(text, out);
        return out;
    }

    /** Words a sentence cut off at the end of the text has at least: fewer is a headline, a caption or a footer. */
    private static final int CUT_OFF_WORDS = 12;

    /**
     * A text that ends in the middle of a long sentence (a page's text stored only up to a length) is read up to the
     * last whole word before the cut: its last word may be a part of one ("1,33" of "1,335").
     */
    private static void readCutOff(String text, List<Sentence> out) {
        if (out.isEmpty()) {
            return;
        }
        Sentence last = out.get(out.size() - 1);
        String[] words = last.text().split("\\s+");
        int cut = last.text().lastIndexOf(' ');
        if (!last.heading() || words.length < CUT_OFF_WORDS || !Character.isUpperCase(last.text().charAt(0)) || cut < 0) {
            return;
        }
        int end = last.start() + cut;
        while (end > last.start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        out.set(out.size() - 1, new Sentence(last.index(), text.substring(last.start(), end), last.start(), end,
                last.paragraph(), false));
    }

    /** A full stop between two words with no space ("abroad.The"), or -1. */
    private static int glued(String text, int start, int end) {
        for (int i = text.indexOf('.', start + 2); i >= 0 && i + 2 < end; i = text.indexOf('.', i + 1)) {
            if (isLower(text.charAt(i - 1)) && isLower(text.charAt(i - 2)) && Character.isUpperCase(text.charAt(i + 1))
                    && isLower(text.charAt(i + 2))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** Whether the line ends mid-sentence: its last few characters are read, not the whole line. */
    private static boolean continues(String text, int lineStart, int lineEnd) {
        return CONTINUES.matcher(text).region(Math.max(lineStart, lineEnd - 12), lineEnd).find();
    }

    /**
     * A text wrapped at a fixed width (wire copy: "... were repatriated\nto China last year"): a line with no end of
     * sentence, followed by one that starts in lower case.
     */
    private static boolean wrapped(String text, int lineStart, int lineEnd) {
        int last = lineEnd - 1;
        while (last > lineStart && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        if (last <= lineStart || ".!?:;\"”".indexOf(text.charAt(last)) >= 0) {
            return false;
        }
        int next = lineEnd + 1;
        while (next < text.length() && text.charAt(next) != '\n' && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next < text.length() && Character.isLowerCase(text.charAt(next));
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private static void splitParagraph(String text, int from, int to, int line, List<Sentence> out) {
        String para = text.substring(from, to).replace('\n', ' ');
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(para);
        int start = it.first();
        int pending = -1;
        for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
            int s = pending >= 0 ? pending : start;
            String candidate = para.substring(s, end);
            if (end < para.length() && ABBREVIATION.matcher(candidate).find()) {
                pending = s;
                start = end;
                continue;
            }
            pending = -1;
            add(text, from + s, from + end, line, out);
            start = end;
        }
        if (pending >= 0) {
            add(text, from + pending, to, line, out);
        }
    }

    private static void add(String text, int start, int end, int line, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            // "... abroad.The Supreme People's Court ...": a full stop with no space after it still ends a sentence.
            int glued = glued(text, start, end);
            if (glued > 0) {
                add(text, start, glued + 1, line, out);
                add(text, glued + 1, end, line, out);
                return;
            }
            String sentence = text.substring(start, end);
            out.add(new Sentence(out.size(), sentence, start, end, line, !SENTENCE_END.matcher(sentence).find()));
        }
    }
}
