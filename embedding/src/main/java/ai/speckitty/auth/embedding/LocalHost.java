package ai.speckitty.auth.embedding;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/**
 * This machine's name, found the way the store spells it in the lock holder record (kernel node
 * name, then HOSTNAME/COMPUTERNAME, then the resolver), so doctor can tell another host's record.
 */
final class LocalHost implements Supplier<String> {
    private final Map<String, String> env;
    private String name;

    LocalHost(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public synchronized String get() {
        if (name == null) {
            name = find();
        }
        return name;
    }

    private String find() {
        try {
            String kernel = Files.readString(Path.of("/proc/sys/kernel/hostname"), StandardCharsets.UTF_8).strip();
            if (!kernel.isEmpty()) {
                return kernel;
            }
        } catch (IOException | RuntimeException notLinux) {
            // fall through to the portable ways
        }
        for (String variable : new String[] {"HOSTNAME", "COMPUTERNAME"}) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException | RuntimeException unknown) {
            return "unknown";
        }
    }
}
