package ai.speckitty.auth.adapters.cli.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text at spaces into lines of at most a given width; a longer word keeps its own line, and
 * a command in backticks is kept whole.
 */
final class Wrap {
    private Wrap() {}

    static List<String> lines(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words(text)) {
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

    /** The words of the text, a backticked span counting as one. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == ' ' && !quoted) {
                words.add(word.toString());
                word.setLength(0);
                continue;
            }
            quoted ^= c == '`';
            word.append(c);
        }
        words.add(word.toString());
        return words;
    }
}
