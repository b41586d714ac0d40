package ai.speckitty.auth.adapters.cli.render;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Aligned "Label:  value" lines, indented under a heading. Every value passes through
 * {@link TerminalText#safe} here, and emphasis is applied after that, so a renderer built on these
 * lines cannot forget to neutralise foreign text and still keeps its own colours.
 */
final class Lines {
    private static final int LABEL_WIDTH = 16;
    /** No line is wider than this (issue 8). */
    static final int WIDTH = 100;

    private final PrintWriter out;

    Lines(PrintWriter out) {
        this.out = out;
    }

    void heading(String text, Style style) {
        out.println(style.bold(text));
    }

    void field(String label, String value) {
        field(label, value, UnaryOperator.identity());
    }

    /** A field whose value is shown with {@code emphasis} (a {@link Style} method). */
    void field(String label, String value, UnaryOperator<String> emphasis) {
        out.println("  " + pad(label.isEmpty() ? "" : label + ":") + emphasis.apply(TerminalText.safe(value)));
    }

    /** The first value beside the label, the rest aligned under it; "none" when there are none. */
    void fields(String label, List<String> values) {
        fields(label, values, UnaryOperator.identity());
    }

    /** As {@link #fields(String, List)}, every value shown with {@code emphasis}. */
    void fields(String label, List<String> values, UnaryOperator<String> emphasis) {
        if (values.isEmpty()) {
            field(label, "none");
            return;
        }
        field(label, values.get(0), emphasis);
        for (String value : values.subList(1, values.size())) {
            out.println("  " + " ".repeat(LABEL_WIDTH) + emphasis.apply(TerminalText.safe(value)));
        }
    }

    void text(String line) {
        text(UnaryOperator.identity(), line);
    }

    /** A line shown with {@code emphasis} (a {@link Style} method). */
    void text(UnaryOperator<String> emphasis, String line) {
        out.println("  " + emphasis.apply(TerminalText.safe(line)));
    }

    /**
     * A doctor finding: the emphasised severity tag and the id, then the summary and the remedy
     * wrapped under a hanging indent to fit {@link #WIDTH} columns (a command in backticks is never
     * broken).
     */
    void finding(String tag, UnaryOperator<String> emphasis, String id, String summary, String remedy, Style style) {
        String head = tag + " " + id + "  ";
        String indent = " ".repeat(2 + head.length());
        List<String> lines = Wrap.lines(TerminalText.safe(summary), WIDTH - indent.length());
        out.println("  " + emphasis.apply(tag) + " " + id + "  " + lines.get(0));
        lines.subList(1, lines.size()).forEach(line -> out.println(indent + line));
        for (String line : Wrap.lines(TerminalText.safe("Remedy: " + remedy), WIDTH - indent.length())) {
            out.println(indent + style.dim(line));
        }
    }

    private static String pad(String label) {
        return label.length() >= LABEL_WIDTH ? label + " " : label + " ".repeat(LABEL_WIDTH - label.length());
    }
}
