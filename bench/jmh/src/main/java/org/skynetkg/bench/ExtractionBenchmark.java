package org.skynetkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.riot.system.StreamRDFLib;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.skynetkg.document.Announcement;
import org.skynetkg.document.AnnouncementReader;
import org.skynetkg.extract.DocumentFacts;
import org.skynetkg.load.Pipeline;

/**
 * The extraction hot path on one thread: a document read into memory, its facts extracted and mapped to triples
 * (what {@code load} does per document before the write). Throughput in documents per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {
    @Param("corpus")
    public String corpus;

    private Pipeline pipeline;
    private List<Announcement> docs;
    private int next;

    @Setup
    public void setUp() throws IOException {
        pipeline = Pipeline.create();
        AnnouncementReader reader = new AnnouncementReader();
        try (Stream<Path> s = Files.list(Path.of(corpus))) {
            docs = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(2000).map(reader::read).toList();
        }
    }

    @Benchmark
    public DocumentFacts extract() {
        Announcement a = docs.get(next++ % docs.size());
        return pipeline.extract(a);
    }

    @Benchmark
    public void extractAndMap(Blackhole bh) {
        Announcement a = docs.get(next++ % docs.size());
        pipeline.toRdf(pipeline.extract(a), StreamRDFLib.sinkNull());
        bh.consume(a);
    }
}
