package dev.cairn.web.staticfiles;

/**
 * Checks that a static file name stays inside its root.
 *
 * <p>
 * The name arrives already percent-decoded, so what is checked is what the file system will see. The check is
 * lexical and strict: it refuses rather than normalises, because a path that needs normalising is a probe, not a
 * link a page would contain. The symlink half of the containment check needs the file system and lives in
 * {@link FileSystemSource}.
 */
final class RelativePaths {
    private RelativePaths() {}

    /**
     * Returns why {@code name} is refused, or {@code null} when it is a safe relative name such as {@code css/app.css}.
     * The reason never repeats the name: it may be attacker text headed for a log.
     */
    static String refusal(String name) {
        if (name == null || name.isEmpty()) {
            return "empty name";
        }
        if (name.charAt(0) == '/') {
            return "absolute path";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\\') {
                // A backslash is a separator on Windows: "..\\x" would climb there.
                return "backslash";
            }
            if (c == 0) {
                return "NUL character";
            }
            if (c < 0x20 || c == 0x7f) {
                return "control character";
            }
            if (c == '%') {
                // The caller decoded once; a '%' left over is double encoding ("%252e%252e"), which is how
                // traversal slips past a second decoder somewhere downstream.
                return "percent sign after decoding";
            }
            if (c == ':') {
                // "C:x" is a drive-relative path on Windows, and "file:x" a stream name on NTFS.
                return "colon";
            }
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty()) {
                return "empty segment";
            }
            if (segment.chars().allMatch(c -> c == '.')) {
                // ".", ".." and, since Windows strips trailing dots, "..." too.
                return "dot segment";
            }
            if (segment.charAt(0) == '.') {
                // Dotfiles are never static assets but are often secrets (.git, .env); Django's collectstatic
                // ignores them too.
                return "hidden segment";
            }
        }
        return null;
    }

    /** Returns {@code name} when it is safe, else throws {@link IllegalArgumentException} saying why. */
    static String require(String name) {
        String refusal = refusal(name);
        if (refusal != null) {
            throw new IllegalArgumentException("static file name refused: " + refusal);
        }
        return name;
    }
}
