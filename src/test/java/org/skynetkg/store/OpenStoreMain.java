package org.skynetkg.store;

import java.nio.file.Path;

/** Run in a second JVM by {@link KnowledgeStoreTest}: tries to open the store given and says what happened. */
public final class OpenStoreMain {
    private OpenStoreMain() {}

    public static void main(String[] args) {
        try (KnowledgeStore store = KnowledgeStore.open(Path.of(args[0]))) {
            System.out.println("OPENED");
        } catch (StoreLockedException ex) {
            System.out.println("LOCKED " + ex.getMessage());
        } catch (RuntimeException ex) {
            System.out.println("FAILED " + ex);
        }
    }
}
