package org.skynetkg.store;

import java.nio.file.Path;

import org.skynetkg.SkynetException;

/** The store folder is held by another process (or is already open in this one). */
public class StoreLockedException extends SkynetException {
    private static final long serialVersionUID = 1L;

    private final transient Path folder;

    public StoreLockedException(Path folder, String message, Throwable cause) {
        super(message, cause);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
