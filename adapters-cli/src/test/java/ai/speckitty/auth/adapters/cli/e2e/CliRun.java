package ai.speckitty.auth.adapters.cli.e2e;

import ai.speckitty.auth.adapters.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/** One run of the CLI through {@link Main#run}, with captured stdout and stderr. */
record CliRun(int exit, String out, String err) {

    static CliRun run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), env, args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** An environment with only SPEC_KITTY_HOME set (plus {@code extra} key/value pairs). */
    static Map<String, String> env(Home home, String... extra) {
        Map<String, String> env = new HashMap<>();
        env.put("SPEC_KITTY_HOME", home.root().toString());
        for (int i = 0; i < extra.length; i += 2) {
            env.put(extra[i], extra[i + 1]);
        }
        return env;
    }

    String both() {
        return out + err;
    }

    @Override
    public String toString() {
        return "exit=" + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
