package ai.speckitty.auth.adapters.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * Reading one of our small files (credentials, config.toml) so that nothing can block or flood
 * us: the path must be a regular file (a FIFO would block the open, a device could be endless),
 * checked before it is opened, and at most a capped number of bytes is read.
 */
final class SmallFile {
    /** Where symbolic links are followed. */
    enum Links {
        /** The file itself must be regular; a link is refused (the credentials: an atomic replace would replace the link). */
        REFUSE,
        /** The link's target must be regular (config.toml, which we only ever read, may well be a dotfiles link). */
        FOLLOW
    }

    private SmallFile() {
    }

    /** What reading found. */
    sealed interface Read {
    }

    record Content(byte[] bytes) implements Read {
        Content {
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    record Absent() implements Read {
    }

    /**
     * Something exists but was not read; {@code reason} names why, never its content;
     * {@code notRegular} when it is not a regular file at all (a directory, FIFO, device, link).
     */
    record Refused(String reason, boolean notRegular) implements Read {
        Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }

    static Read read(Path path, int maxBytes, Links links) {
        try {
            BasicFileAttributes attributes = requireRegular(path, links);
            if (attributes.size() > maxBytes) {
                return tooLarge(maxBytes);
            }
            byte[] bytes;
            // The check above and this open leave a window in which the file could be swapped for a
            // FIFO; only someone who may write our 0700 directory can do that, and they could as well
            // write the credentials themselves. A link swapped in is still refused by O_NOFOLLOW.
            try (InputStream in = Files.newInputStream(path, openOptions(links))) {
                bytes = in.readNBytes(maxBytes + 1);
            }
            return bytes.length > maxBytes ? tooLarge(maxBytes) : new Content(bytes);
        } catch (NoSuchFileException absent) {
            return new Absent();
        } catch (NotRegularFileException notRegular) {
            return new Refused(notRegular.reason(), true);
        } catch (IOException | RuntimeException e) {
            return new Refused("the file cannot be read: " + IoWords.of(e), false);
        }
    }

    /**
     * The attributes of {@code path} when it is a regular file; throws {@link NotRegularFileException}
     * naming what it is instead, or {@link NoSuchFileException} when there is nothing.
     */
    static BasicFileAttributes requireRegular(Path path, Links links) throws IOException {
        LinkOption[] options = links == Links.REFUSE ? new LinkOption[] {LinkOption.NOFOLLOW_LINKS} : new LinkOption[0];
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, options);
        if (!attributes.isRegularFile()) {
            throw new NotRegularFileException(path, kind(path, attributes, options));
        }
        return attributes;
    }

    private static OpenOption[] openOptions(Links links) {
        return links == Links.REFUSE
                ? new OpenOption[] {StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS}
                : new OpenOption[] {StandardOpenOption.READ};
    }

    private static Refused tooLarge(int maxBytes) {
        return new Refused("the file is larger than " + maxBytes + " bytes", false);
    }

    private static String kind(Path path, BasicFileAttributes attributes, LinkOption... options) {
        return FileType.of(path, attributes, options).description();
    }
}
