package org.skynetkg.cli;

import org.skynetkg.SkynetException;

/** A wrong command line: exit code 2 and a hint to use --help. */
final class UsageException extends SkynetException {
    UsageException(String message) {
        super(message);
    }
}
