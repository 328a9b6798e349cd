package org.skynetkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Slugs are the IRIs' local names: a change here renames every resource, so each rule is pinned. */
class SlugsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', ignoreLeadingAndTrailingWhitespace = false, value = {
            "People's Bank of China|peoples-bank-of-china",
            "Sky Net 2022|sky-net-2022",
            "  \"Fox Hunt\"  2021 |fox-hunt-2021",
            "Côte d’Ivoire|cote-divoire",
            "Ministry of Public Security (MPS)|ministry-of-public-security-mps",
            "--a--b--|a-b",
            "日本|ri-ben",
            "天网2022行动|tian-wang-2022-xing-dong",
            "天網2022|tian-wang-2022",
            "※|x",
            "``|x",
    })
    void slugs(String in, String expected) {
        assertEquals(expected, Slugs.slug(in));
    }
}
