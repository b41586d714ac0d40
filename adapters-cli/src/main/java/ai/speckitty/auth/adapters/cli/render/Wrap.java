package ai.speckitty.auth.adapters.cli.render;

import java.util.ArrayList;
import java.util.List;

/** Breaks text at spaces into lines of at most a given width (a longer word keeps its own line). */
final class Wrap {
    private Wrap() {}

    static List<String> lines(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
