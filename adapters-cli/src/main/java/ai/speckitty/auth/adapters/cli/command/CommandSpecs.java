package ai.speckitty.auth.adapters.cli.command;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Builds the picocli model by hand (its programmatic API): reading {@code @Command} and
 * {@code @Option} annotations costs reflection, annotation proxies and generic-signature parsing on
 * every start, a large share of a short command's CPU (issue 11).
 */
final class CommandSpecs {
    private CommandSpecs() {}

    /**
     * A command named {@code name} that runs {@code userObject}, with these options and then
     * {@code -h, --help} and {@code -V, --version} (the order picocli's annotations gave them, which
     * the completion script keeps).
     */
    static CommandSpec command(Object userObject, String name, List<OptionSpec> options, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(userObject).name(name);
        spec.usageMessage().description(description);
        for (OptionSpec option : options) {
            spec.addOption(option);
        }
        spec.addMixin("mixinStandardHelpOptions", standardHelpOptions());
        return spec;
    }

    /** A boolean option, off unless given. */
    static OptionSpec flag(String name, String... description) {
        return flagBuilder(name).description(description).build();
    }

    /** A boolean option with these names, off unless given, to be refined before it is built. */
    static OptionSpec.Builder flagBuilder(String... names) {
        return OptionSpec.builder(names).type(boolean.class).initialValue(false);
    }

    /** Whether {@code flag} was given. */
    static boolean isSet(OptionSpec flag) {
        return Boolean.TRUE.equals(flag.getValue());
    }

    /** The "Exit codes:" section; each line is {@code code:meaning}. */
    static void exitCodes(CommandSpec spec, String... lines) {
        spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(UsageMessageSpec.keyValuesMap(lines));
    }

    /** The closing section under {@code heading} (a format string, e.g. {@code %nExamples:%n}). */
    static void footer(CommandSpec spec, String heading, String... lines) {
        spec.usageMessage().footerHeading(heading).footer(lines);
    }

    /** The two options picocli's {@code mixinStandardHelpOptions} adds, with its wording. */
    private static CommandSpec standardHelpOptions() {
        CommandSpec mixin = CommandSpec.create();
        mixin.addOption(flagBuilder("-h", "--help").usageHelp(true)
                .descriptionKey("mixinStandardHelpOptions.help").description("Show this help message and exit.").build());
        mixin.addOption(flagBuilder("-V", "--version").versionHelp(true)
                .descriptionKey("mixinStandardHelpOptions.version").description("Print version information and exit.").build());
        return mixin;
    }
}
