package dev.cairn.web.middleware;

import dev.cairn.web.settings.Settings;
import dev.cairn.web.settings.SettingsException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a setting that holds one regular expression ({@code CORS_URLS_REGEX}) or a list of them
 * ({@code SECURE_REDIRECT_EXEMPT}, {@code CORS_ALLOWED_ORIGIN_REGEXES}).
 *
 * <p>
 * Lists are comma-separated, but a comma inside a regular expression ({@code \d{1,3}}, {@code [,;]}) is part of
 * it: only a comma outside braces, brackets and parentheses, and not escaped, separates two expressions.
 */
final class RegexList {

    private RegexList() {}

    /**
     * Compiles every expression in the setting; an empty list when it is unset or blank.
     *
     * @throws SettingsException for an expression that does not compile, naming the setting
     */
    static List<Pattern> compile(Settings settings, String key) {
        String value = settings.get(key);
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<Pattern> patterns = new ArrayList<>();
        for (String expression : split(value)) {
            patterns.add(compile(key, expression));
        }
        return List.copyOf(patterns);
    }

    /**
     * Compiles a setting that holds one regular expression, commas and all; null when it is unset or blank.
     *
     * @throws SettingsException when it does not compile, naming the setting
     */
    static Pattern one(Settings settings, String key) {
        String value = settings.get(key);
        return value == null || value.isBlank() ? null : compile(key, value.strip());
    }

    private static Pattern compile(String key, String expression) {
        try {
            return Pattern.compile(expression);
        } catch (PatternSyntaxException e) {
            throw new SettingsException(key + " holds an invalid regular expression '" + expression + "': "
                    + e.getDescription());
        }
    }

    /** Splits at top-level, unescaped commas; entries are trimmed and empty ones dropped. */
    static List<String> split(String value) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{' || c == '[' || c == '(') {
                depth++;
            } else if ((c == '}' || c == ']' || c == ')') && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                addTrimmed(parts, value.substring(start, i));
                start = i + 1;
            }
        }
        addTrimmed(parts, value.substring(start));
        return parts;
    }

    private static void addTrimmed(List<String> parts, String part) {
        String trimmed = part.strip();
        if (!trimmed.isEmpty()) {
            parts.add(trimmed);
        }
    }
}
