package ai.speckitty.auth.adapters.cli.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A message for people: what happened (the headline, in the colour of its tone), long paths or
 * URLs on lines of their own, then what to do (dimmed as a hint). Every line passes through
 * {@link TerminalText#safe} when printed, so foreign text in it cannot reach the terminal raw.
 */
public record Message(Tone tone, String headline, List<Line> lines) {

    /** What the headline means, which decides its colour. */
    public enum Tone {
        FAILURE,
        WARNING,
        SUCCESS,
        PLAIN
    }

    /** A line after the headline: a path or URL shown on its own, or a hint saying what to do. */
    public record Line(boolean path, String text) {
        public Line {
            Objects.requireNonNull(text, "text");
        }
    }

    public Message {
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(headline, "headline");
        lines = List.copyOf(lines);
    }

    public static Message failure(String headline) {
        return new Message(Tone.FAILURE, headline, List.of());
    }

    public static Message warning(String headline) {
        return new Message(Tone.WARNING, headline, List.of());
    }

    public static Message plain(String headline) {
        return new Message(Tone.PLAIN, headline, List.of());
    }

    /** This message with a path or URL on a line of its own, indented. */
    public Message path(String path) {
        return with(new Line(true, path));
    }

    /** This message with a line saying what to do (or what else is known). */
    public Message hint(String text) {
        return with(new Line(false, text));
    }

    private Message with(Line line) {
        List<Line> more = new ArrayList<>(lines);
        more.add(line);
        return new Message(tone, headline, more);
    }

    public void print(PrintWriter out, Style style) {
        out.println(switch (tone) {
            case FAILURE -> style.bad(headline);
            case WARNING -> style.warn(headline);
            case SUCCESS -> style.good(headline);
            case PLAIN -> TerminalText.safe(headline);
        });
        for (Line line : lines) {
            out.println(line.path() ? "  " + TerminalText.safe(line.text()) : style.dim(line.text()));
        }
    }

    /** The message as one line of plain text, e.g. for a JSON field. */
    public String oneLine() {
        StringBuilder text = new StringBuilder(headline);
        for (Line line : lines) {
            text.append(' ').append(line.text());
        }
        return text.toString();
    }
}
