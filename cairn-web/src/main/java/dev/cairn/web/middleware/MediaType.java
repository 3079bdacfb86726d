package dev.cairn.web.middleware;

/**
 * A {@code Content-Type} value's media type ({@code type/subtype}, before any parameters), compared in place and
 * without regard to case: the middleware that look at every response's type ({@link GZipMiddleware},
 * {@link SecurityMiddleware}) should not make a lower-cased copy of it each time.
 */
final class MediaType {

    private final String value;
    private final int end;

    private MediaType(String value, int end) {
        this.value = value;
        this.end = end;
    }

    /** The media type of a {@code Content-Type} value, or null for none. */
    static MediaType of(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        int end = semicolon < 0 ? contentType.length() : semicolon;
        while (end > 0 && contentType.charAt(end - 1) == ' ') {
            end--;
        }
        return new MediaType(contentType, end);
    }

    /** Whether it is exactly this type. */
    boolean is(String type) {
        return end == type.length() && value.regionMatches(true, 0, type, 0, end);
    }

    /** Whether it is one of this family ({@code "image/"}). */
    boolean startsWith(String prefix) {
        return end >= prefix.length() && value.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    /** Whether its subtype ends with this suffix ({@code "+json"}). */
    boolean endsWith(String suffix) {
        return end > suffix.length() && value.regionMatches(true, end - suffix.length(), suffix, 0, suffix.length());
    }
}
