package org.skynetkg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.skynetkg.server.Credentials;
import org.skynetkg.server.SkynetServer;
import org.skynetkg.server.SkynetServerBuilder;

/** What {@code serve} exposes: credentials for the write route (file or environment), time and result limits, SERVICE. */
record ServeLimits(Credentials credentials, Duration timeout, long maxResults, boolean allowService) {

    static ServeLimits of(CommandLine line, String environmentCredentials) {
        Credentials credentials = null;
        if (line.hasOption("credentials")) {
            credentials = Credentials.fromFile(Path.of(line.getOptionValue("credentials")));
        } else if (environmentCredentials != null && !environmentCredentials.isBlank()) {
            credentials = Credentials.parse(environmentCredentials, "$" + Credentials.ENVIRONMENT_VARIABLE);
        }
        long timeout = CommonOptions.longValue(line, "timeout", 5);
        long maxResults = CommonOptions.longValue(line, "max-results", 100_000);
        if (timeout == 0) {
            throw new UsageException("--timeout must be at least 1 second");
        }
        if (maxResults == 0) {
            throw new UsageException("--max-results must be at least 1");
        }
        return new ServeLimits(credentials, Duration.ofSeconds(timeout), maxResults, line.hasOption("allow-service"));
    }

    SkynetServerBuilder apply(SkynetServerBuilder builder) {
        builder.queryTimeout(timeout).maxResults(maxResults).allowService(allowService);
        return credentials == null ? builder : builder.credentials(credentials);
    }

    String describe(SkynetServer server) {
        return (credentials == null ? "read-only" : "documents writable by '" + credentials.user() + "' at "
                + server.sparqlEndpoint().replaceFirst("/sparql$", "/documents/{id}"))
                + "; queries stop after " + timeout.toSeconds() + " s";
    }

    List<String> warnings(String host) {
        List<String> warnings = new ArrayList<>();
        if (credentials != null && !host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            warnings.add("basic authentication over plain HTTP on " + host + ": put a TLS proxy in front");
        }
        if (allowService) {
            warnings.add("--allow-service: queries may make this server call any remote endpoint");
        }
        return warnings;
    }
}
