package ai.speckitty.auth.adapters.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** This machine's name for the lock holder record, found without a DNS lookup where possible. */
final class HostName {
    private static final String NAME = find();

    private HostName() {
    }

    static String current() {
        return NAME;
    }

    private static String find() {
        try {
            // Linux: the kernel's node name, read without touching the resolver.
            String name = Files.readString(Path.of("/proc/sys/kernel/hostname"), StandardCharsets.UTF_8).strip();
            if (!name.isEmpty()) {
                return name;
            }
        } catch (IOException | RuntimeException notLinux) {
            // fall through to the portable ways
        }
        for (String variable : new String[] {"HOSTNAME", "COMPUTERNAME"}) {
            String name = System.getenv(variable);
            if (name != null && !name.isBlank()) {
                return name.strip();
            }
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException | RuntimeException unknown) {
            return "unknown";
        }
    }
}
