package ai.speckitty.auth.adapters.cli.render;

import java.io.PrintWriter;
import java.util.List;

/** Aligned "Label:  value" lines, indented under a heading. */
final class Lines {
    private static final int LABEL_WIDTH = 16;

    private final PrintWriter out;

    Lines(PrintWriter out) {
        this.out = out;
    }

    void heading(String text, Style style) {
        out.println(style.bold(text));
    }

    void field(String label, String value) {
        out.println("  " + pad(label + ":") + value);
    }

    /** The first value beside the label, the rest aligned under it; "none" when there are none. */
    void fields(String label, List<String> values) {
        if (values.isEmpty()) {
            field(label, "none");
            return;
        }
        field(label, values.get(0));
        for (String value : values.subList(1, values.size())) {
            out.println("  " + " ".repeat(LABEL_WIDTH) + value);
        }
    }

    void text(String line) {
        out.println("  " + line);
    }

    private static String pad(String label) {
        return label.length() >= LABEL_WIDTH ? label + " " : label + " ".repeat(LABEL_WIDTH - label.length());
    }
}
