package org.skynetkg.statements;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.jena.graph.Node;

/**
 * One outcome of one announcement, as a source of a statement: its value (the literal as stored, and as a number),
 * qualifier and status (notations), and of its announcement the date and the authority of its publisher (2: an
 * agency of the operations; 1: a news organisation of the reference data; 0: anyone else or unknown).
 */
record Report(Node outcome, Node document, Node literal, BigDecimal value, String qualifier, String status,
              LocalDate issued, int authority) {
}
