package org.skynetkg.server;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import org.skynetkg.SkynetException;

/**
 * The one user allowed to write, for HTTP basic authentication. Read from a {@code user:password} line (a file or
 * an environment variable), never from the command line, where other users could see it. Messages never show
 * the password.
 */
public final class Credentials {
    public static final String ENVIRONMENT_VARIABLE = "SKYNET_KG_CREDENTIALS";

    private final String user;
    private final byte[] expectedHeader;

    private Credentials(String user, String password) {
        this.user = user;
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.expectedHeader = ("Basic " + token).getBytes(StandardCharsets.UTF_8);
    }

    /** Parses a {@code user:password} line; {@code source} names where it came from in the error message. */
    public static Credentials parse(String line, String source) {
        requireNonNull(line, "line");
        String l = line.strip();
        int colon = l.indexOf(':');
        if (colon <= 0 || colon == l.length() - 1) {
            throw new SkynetException(source + ": credentials must be one line 'user:password' (both non-empty)");
        }
        return new Credentials(l.substring(0, colon), l.substring(colon + 1));
    }

    /** The first line of the file that is neither blank nor a '#' comment. */
    public static Credentials fromFile(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.strip().startsWith("#")).findFirst().orElse(""), file.toString());
        } catch (IOException e) {
            throw new SkynetException(file + ": cannot read the credentials file (" + e.getClass().getSimpleName() + ")");
        }
    }

    public String user() {
        return user;
    }

    /** Checks an {@code Authorization} header in constant time (for headers of the expected length). */
    public boolean accepts(String authorization) {
        if (authorization == null) {
            return false;
        }
        return MessageDigest.isEqual(expectedHeader, authorization.strip().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "Credentials[" + user + ":***]";
    }
}
