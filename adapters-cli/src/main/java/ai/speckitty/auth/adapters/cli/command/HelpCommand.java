package ai.speckitty.auth.adapters.cli.command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code help [COMMAND...]}: the help of any command, however deep ({@code help auth login}).
 * picocli's own HelpCommand takes one name only, so it reaches no further than {@code help auth}.
 */
@Command(name = "help", helpCommand = true, mixinStandardHelpOptions = true,
        description = "Show the help of a command (the same text as its --help).",
        footerHeading = "%nExamples:%n",
        footer = {
                "  spec-kitty help                  # the commands and environment variables",
                "  spec-kitty help auth login       # how to sign in"})
public final class HelpCommand implements Callable<Integer>, CommandLine.IHelpCommandInitializable2 {
    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command, e.g. auth login.")
    List<String> names = new ArrayList<>();

    private CommandLine self;
    private CommandLine.Help.ColorScheme colors;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme,
            PrintWriter outWriter, PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = outWriter;
    }

    @Override
    public Integer call() {
        CommandLine target = self.getParent();
        for (String name : names) {
            CommandLine sub = target.getSubcommands().get(name);
            if (sub == null) {
                // A usage error, reported like any other (quoted safely, with the usual hint).
                String group = target.getCommandSpec().qualifiedName();
                throw new CommandLine.ParameterException(self,
                        group + " has no command '" + name + "' (see `" + group.replaceFirst("^spec-kitty", "spec-kitty help") + "`).");
            }
            target = sub;
        }
        target.usage(out, colors);
        return ExitCode.OK;
    }
}
