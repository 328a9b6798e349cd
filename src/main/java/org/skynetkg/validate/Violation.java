package org.skynetkg.validate;

/**
 * One SHACL result, in prefixed names for people: the node that fails, the property path (empty for a
 * node-level constraint), the shape's message, the offending value (empty if none) and the shape.
 */
public record Violation(String focusNode, String path, String message, String value, String shape) {
    /** One line: {@code focus path: message (value v) [shape]}. */
    public String line() {
        return focusNode + (path.isEmpty() ? "" : " " + path) + ": " + message
                + (value.isEmpty() ? "" : " (value " + value + ")") + " [" + shape + "]";
    }
}
