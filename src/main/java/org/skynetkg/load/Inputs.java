package org.skynetkg.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.skynetkg.document.DocumentException;

/** Expands the command line's files and folders into announcement files: {@code *.txt}, sorted by path. */
public final class Inputs {
    private Inputs() {}

    public static List<Path> expand(List<Path> args) {
        List<Path> files = new ArrayList<>();
        for (Path p : args) {
            if (Files.isDirectory(p)) {
                List<Path> found;
                try (Stream<Path> s = Files.walk(p)) {
                    found = s.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".txt"))
                            .sorted().toList();
                } catch (IOException e) {
                    throw new DocumentException(p.toString(), "cannot list the directory: " + e.getMessage());
                }
                if (found.isEmpty()) {
                    throw new DocumentException(p.toString(), "no announcements (*.txt files) in this directory");
                }
                files.addAll(found);
            } else if (!Files.exists(p)) {
                throw new DocumentException(p.toString(), "no such file or directory");
            } else {
                files.add(p);
            }
        }
        return files;
    }
}
