package ai.speckitty.auth.adapters.cli.command;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code help [COMMAND...]}: the help of any command, however deep ({@code help auth login}).
 * picocli's own HelpCommand takes one name only, so it reaches no further than {@code help auth}.
 */
public final class HelpCommand implements Callable<Integer>, CommandLine.IHelpCommandInitializable2 {
    private final PositionalParamSpec namesParameter = PositionalParamSpec.builder().paramLabel("COMMAND").arity("0..*")
            .type(List.class).auxiliaryTypes(String.class).description("The command, e.g. auth login.").build();
    private final CommandSpec spec;
    private CommandLine self;
    private CommandLine.Help.ColorScheme colors;
    private PrintWriter out;

    public HelpCommand() {
        spec = CommandSpecs.command(this, "help", List.of(),
                "Show the help of a command (the same text as its --help).");
        spec.helpCommand(true);
        CommandSpecs.footer(spec, "%nExamples:%n",
                "  spec-kitty help                  # the commands and environment variables",
                "  spec-kitty help auth login       # how to sign in");
        spec.addPositional(namesParameter);
    }

    /** The picocli model of this command. */
    public CommandSpec spec() {
        return spec;
    }

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
        List<String> names = namesParameter.getValue();
        for (String name : names == null ? List.<String>of() : names) {
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
