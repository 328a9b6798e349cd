package org.skynetkg.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an announcement: a UTF-8 text file with optional front matter. Refuses, with a message naming the
 * file, what is not an announcement: a missing or unreadable file, an empty or binary file, text that is
 * not UTF-8, a file larger than the size limit, malformed front matter.
 */
public final class AnnouncementReader {
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    /** A past-tense result stated for a whole year, in the same sentence: "brought back 857 ... in 2015". */
    private static final Pattern YEAR_OF_RESULTS = Pattern.compile(
            "\\b(?:brought back|returned|captured|repatriated|recovered|retrieved)\\b[^.]{0,120}?\\b(?:in|during|throughout) ((?:19|20)\\d\\d)\\b(?![^.]{0,40}\\b(?:will|to be)\\b)");
    /** "2040年，…共追回外逃人员1357人": a year's results in Chinese. */
    private static final Pattern YEAR_OF_RESULTS_ZH = Pattern.compile(
            "((?:19|20)\\d\\d)\\s*年[^。]{0,40}?(?:追回|抓获|抓獲|缉捕|緝捕)");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d,.])((?:19|20)\\d\\d)(?![\\d,])");

    private final long maxBytes;

    public AnnouncementReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public AnnouncementReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Announcement read(Path file) {
        String source = file.toString();
        byte[] bytes = readBytes(file, source);
        return read(idOf(file), source, bytes);
    }

    public Announcement read(String id, String source, byte[] bytes) {
        if (bytes.length > maxBytes) {
            throw tooLarge(source, bytes.length);
        }
        if (bytes.length == 0) {
            throw new DocumentException(source, "file is empty");
        }
        String text = decode(source, bytes);
        if (text.isBlank()) {
            throw new DocumentException(source, "file holds only white space");
        }
        FrontMatter fm = FrontMatter.parse(source, text);
        Metadata meta = FrontMatter.toMetadata(source, fm.fields);
        meta = completeFromDateline(meta, text.substring(fm.bodyStart));
        return new Announcement(id, source, text, fm.bodyStart, meta, SentenceSplitter.split(text, fm.bodyStart));
    }

    private byte[] readBytes(Path file, String source) {
        try {
            if (Files.isDirectory(file)) {
                throw new DocumentException(source, "is a directory, not an announcement file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(source, size);
            }
            // Never more than the limit in memory, even if the file grows after the size check.
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
                if (bytes.length > maxBytes) {
                    throw tooLarge(source, Files.size(file));
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new DocumentException(source, "no such file");
        } catch (AccessDeniedException e) {
            throw new DocumentException(source, "cannot read the file (permission denied)");
        } catch (IOException e) {
            throw new DocumentException(source, "cannot read the file: " + e.getMessage());
        }
    }

    private DocumentException tooLarge(String source, long size) {
        return new DocumentException(source, "file is " + size + " bytes, larger than the limit of "
                + maxBytes + " bytes for one announcement (--max-bytes)");
    }

    private static String decode(String source, byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new DocumentException(source, "looks like a binary file (NUL byte at offset " + i
                        + "); an announcement is UTF-8 text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(in).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            throw new DocumentException(source, "is not valid UTF-8 (bad byte at offset " + in.position()
                    + "); save the file as UTF-8");
        } catch (CharacterCodingException e) {
            throw new DocumentException(source, "is not valid UTF-8; save the file as UTF-8");
        }
    }

    private static Metadata completeFromDateline(Metadata meta, String body) {
        Dateline dl = Dateline.find(body);
        if (dl != null) {
            if (meta.place() == null) {
                meta = meta.withPlace(dl.place);
            }
            if (meta.publisher() == null && dl.publisher != null) {
                meta = meta.withPublisher(dl.publisher);
            }
            if (meta.published() == null) {
                Integer year = dl.year != null ? dl.year : inferYear(body, dl.month);
                if (year != null) {
                    meta = meta.withPublished(dl.date(year), dl.year == null);
                }
            }
        }
        return meta;
    }

    /**
     * The year of an undated dateline: the latest year the text names (an announcement names the operations up
     * to its own year), or, in January or February, the year after the latest one whose results it reports ("brought
     * back 857 fugitives in 2015": a whole year's results are published after it ends). Marked as inferred.
     */
    static Integer inferYear(String body, java.time.Month month) {
        Integer max = null;
        Matcher m = YEAR.matcher(body);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            max = max == null ? y : Math.max(max, y);
        }
        if (max != null && month.getValue() <= 2) {
            for (Pattern p : java.util.List.of(YEAR_OF_RESULTS, YEAR_OF_RESULTS_ZH)) {
                Matcher results = p.matcher(body);
                while (results.find()) {
                    max = Math.max(max, Integer.parseInt(results.group(1)) + 1);
                }
            }
        }
        return max;
    }

    /** The document id: the file name without extension, as a lower-case slug. */
    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return Slugs.slug(dot > 0 ? name.substring(0, dot) : name);
    }
}
