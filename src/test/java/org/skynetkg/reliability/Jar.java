package org.skynetkg.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the built jar as a user does, with a bounded wait, and no credentials leaking in from the environment. */
final class Jar {
    static final Path JAR = Path.of("target/skynet-kg.jar");

    record Run(int code, String out, String err) {
        /** stderr without the warnings, for "one line" checks. */
        List<String> errorLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private Jar() {}

    static ProcessBuilder builder(List<String> jvm, List<String> args, Map<String, String> env) {
        List<String> cmd = new ArrayList<>(List.of("java"));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-jar", JAR.toString()));
        cmd.addAll(args);
        ProcessBuilder b = new ProcessBuilder(cmd);
        b.environment().remove("SKYNET_KG_CREDENTIALS");
        b.environment().putAll(env);
        return b;
    }

    static Run run(String... args) throws IOException, InterruptedException {
        return run(List.of(), List.of(args));
    }

    static Run run(List<String> jvm, List<String> args) throws IOException, InterruptedException {
        Process p = builder(jvm, args, Map.of()).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
        p.getOutputStream().close();
        // Read stderr on the side so a full pipe cannot block the child.
        var err = new java.util.concurrent.CompletableFuture<String>();
        new Thread(() -> {
            try {
                err.complete(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.completeExceptionally(e);
            }
        }).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("skynet-kg " + args + " did not finish in 180 s");
        }
        try {
            return new Run(p.exitValue(), out, err.get(10, TimeUnit.SECONDS));
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
