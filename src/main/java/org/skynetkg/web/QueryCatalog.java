package org.skynetkg.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The example queries: the competency questions of {@code queries/*.rq}, which the build copies into the jar under
 * {@code queries/}. Subfolders (the federated queries, which need a remote endpoint) are not offered.
 */
final class QueryCatalog {
    static final String FOLDER = "queries/";
    private static final String NAME = "[a-z0-9][a-z0-9-]*\\.rq";

    /** One example: the file name and the question its first comment line asks. */
    record Example(String name, String question) {}

    private QueryCatalog() {}

    static List<Example> examples() {
        List<Example> examples = new ArrayList<>();
        for (String name : names()) {
            text(name).ifPresent(text -> examples.add(new Example(name, question(text, name))));
        }
        return examples;
    }

    /** The text of the example {@code name}, if there is such an example. */
    static Optional<String> text(String name) {
        if (!name.matches(NAME)) {
            return Optional.empty();
        }
        try (InputStream in = QueryCatalog.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String question(String text, String name) {
        return text.lines().filter(l -> l.startsWith("#")).findFirst().map(l -> l.substring(1).strip()).orElse(name);
    }

    private static List<String> names() {
        URL folder = QueryCatalog.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            return List.of();
        }
        try {
            if ("jar".equals(folder.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) folder.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    return jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(FOLDER))
                            .map(n -> n.substring(FOLDER.length())).filter(n -> n.matches(NAME)).sorted().toList();
                }
            }
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                return files.map(p -> p.getFileName().toString()).filter(n -> n.matches(NAME)).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
