package org.skynetkg.extract;

import org.skynetkg.document.Sentence;

/** Where a fact comes from: the sentence, and the id of the rule that produced the fact. */
public record Evidence(Sentence sentence, String rule) {
}
