package dev.cairn.web.staticfiles;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * A root that static files are found under: a project folder, an app's {@code static} folder, or (later) a classpath
 * prefix such as a WebJar's.
 *
 * <p>
 * Implementations must never return a file outside their root, whatever the name: {@code ..} segments, absolute
 * paths, backslashes, NUL and symlinks pointing out are all refused with an empty result, as a missing file is.
 */
public interface StaticSource {
    /**
     * Returns the file at {@code relativePath} (already percent-decoded, {@code /}-separated, such as
     * {@code css/app.css}), or empty when there is none or the name is refused.
     */
    Optional<StaticFile> find(String relativePath);

    /**
     * Returns the relative name of every file under the root, each one that {@link #find} would return, in no
     * particular order. The caller closes the stream.
     */
    Stream<String> list();
}
