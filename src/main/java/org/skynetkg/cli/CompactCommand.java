package org.skynetkg.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.skynetkg.store.KnowledgeStore;

/** {@code compact [--store DIR]}: rewrites the TDB2 store without the space of replaced graphs. */
final class CompactCommand implements Command {
    @Override
    public String name() {
        return "compact";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String description() {
        return "rewrite the store without the space left by replaced and deleted graphs (after large batched loads)";
    }

    @Override
    public Options options() {
        return CommonOptions.base(CommonOptions.store(new Options()));
    }

    @Override
    public int run(CommandLine line, Console console) {
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("compact takes no arguments");
        }
        try (KnowledgeStore store = KnowledgeStore.open(CommonOptions.storeDir(line))) {
            KnowledgeStore.Compaction size = store.compact();
            console.out().printf("compacted %s: its files were %,d MB, now %,d MB%n", CommonOptions.storeDir(line),
                    size.bytesBefore() >> 20, size.bytesAfter() >> 20);
        }
        return 0;
    }
}
