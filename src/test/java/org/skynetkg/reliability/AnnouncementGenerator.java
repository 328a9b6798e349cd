package org.skynetkg.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small synthetic announcements from a template, with varied operations, agencies, dates and figures (seeded). */
final class AnnouncementGenerator {
    private static final String[] MONTHS = {"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
            "Oct.", "Nov.", "Dec."};
    private static final String[] PLACES = {"BEIJING", "SHANGHAI", "GUANGZHOU", "HANGZHOU"};
    private static final String[] LEADS = {"The Ministry of Public Security", "The National Supervisory Commission",
            "The Supreme People's Procuratorate", "The People's Bank of China"};

    private final Random random;

    AnnouncementGenerator(long seed) {
        this.random = new Random(seed);
    }

    String announcement() {
        int year = 2015 + random.nextInt(11);
        int fugitives = 300 + random.nextInt(2000);
        int officials = 10 + random.nextInt(fugitives / 4);
        int redNotice = 1 + random.nextInt(60);
        String billions = (1 + random.nextInt(20)) + "." + (10 + random.nextInt(90));
        return PLACES[random.nextInt(PLACES.length)] + ", " + MONTHS[random.nextInt(12)] + " " + (1 + random.nextInt(28))
                + " (Xinhua) -- China's \"Sky Net " + year + "\" operation brought back " + String.format("%,d", fugitives)
                + " fugitives, including " + officials + " former officials and " + redNotice
                + " \"Red Notice\" fugitives, and recovered " + billions + " billion yuan in stolen money, the Central"
                + " Commission for Discipline Inspection said.\n\n"
                + LEADS[random.nextInt(LEADS.length)] + " led the \"Fox Hunt " + year + "\" operation, which returned "
                + String.format("%,d", 100 + random.nextInt(1500)) + " suspects.\n";
    }

    /** Writes {@code n} announcements {@code gen-0000.txt}... into {@code dir}. */
    List<Path> write(Path dir, int n) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            files.add(Files.writeString(dir.resolve(String.format("gen-%04d.txt", i)), announcement(), StandardCharsets.UTF_8));
        }
        return files;
    }
}
