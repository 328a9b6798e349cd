package org.skynetkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    @Test
    void aLongSentenceCutOffAtTheEndIsReadUpToItsLastWholeWord() {
        String text = "Prices rose.\n\nThe bureau said that among the 812 people counted were 95 teachers, including three "
                + "from the coastal provinces of the sou";
        List<Sentence> s = SentenceSplitter.split(text, 0);
        Sentence last = s.get(s.size() - 1);
        assertFalse(last.heading());
        assertTrue(last.text().endsWith("provinces of the"), last.text());
        assertEquals(last.text(), text.substring(last.start(), last.end()));
    }

    @Test
    void aShortLineWithoutAFullStopIsStillAHeading() {
        List<Sentence> s = SentenceSplitter.split("The report in full.\n\nShare this article with a friend", 0);
        assertTrue(s.get(s.size() - 1).heading());
        List<Sentence> first = SentenceSplitter.split("Bureau counts 812 people in a long survey of the coastal towns and "
                + "villages\n\nThe bureau said so.", 0);
        assertTrue(first.get(0).heading());
    }
}
