package dev.cairn.contrib.auth.internal;

import dev.cairn.web.settings.SettingsException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A list setting whose entries are names with optional options, the flat form of Django's lists of dictionaries:
 *
 * <pre>
 * PASSWORD_HASHERS=pbkdf2_sha256(iterations=1200000), pbkdf2_sha1, argon2
 * AUTH_PASSWORD_VALIDATORS=MinimumLengthValidator(min_length=12), CommonPasswordValidator
 * </pre>
 *
 * Commas inside parentheses separate options; commas outside them separate entries.
 */
public final class SettingEntries {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

    /**
     * One entry.
     *
     * @param name    its name
     * @param options its options by name, in the order written
     */
    public record Entry(String name, Map<String, String> options) {

        /**
         * Refuses options other than {@code known}.
         *
         * @throws SettingsException naming the setting, the entry, the option and the ones it takes
         */
        public void allowOnly(String key, Set<String> known) {
            for (String option : options.keySet()) {
                if (!known.contains(option)) {
                    throw new SettingsException(key + ": " + name + " has no option '" + option + "'; it takes "
                            + (known.isEmpty() ? "none" : String.join(", ", known.stream().sorted().toList())));
                }
            }
        }

        /**
         * Option {@code option} as a whole number of at least {@code minimum}, or {@code fallback} when absent.
         *
         * @throws SettingsException naming the setting, the entry and the option
         */
        public int integer(String key, String option, int fallback, int minimum) {
            String text = options.get(option);
            if (text == null) {
                return fallback;
            }
            try {
                int value = Integer.parseInt(text);
                if (value >= minimum) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new SettingsException(key + ": " + name + "'s " + option + " must be a whole number of at least "
                    + minimum + ", not '" + text + "'");
        }
    }

    private SettingEntries() {}

    /**
     * The entries of {@code value}, the value of setting {@code key}; none for a blank value.
     *
     * @throws SettingsException naming the setting and what does not parse
     */
    public static List<Entry> parse(String key, String value) {
        List<Entry> entries = new ArrayList<>();
        for (String text : split(key, value, 0, value.length())) {
            int open = text.indexOf('(');
            String name = (open < 0 ? text : text.substring(0, open)).strip();
            if (!NAME.matcher(name).matches()) {
                throw new SettingsException(key + ": '" + text + "' is not a name, or a name(option=value, ...)");
            }
            Map<String, String> options = new LinkedHashMap<>();
            if (open >= 0) {
                if (!text.endsWith(")")) {
                    throw new SettingsException(key + ": " + name + "'s options must end with ')'");
                }
                for (String option : split(key, text, open + 1, text.length() - 1)) {
                    int equals = option.indexOf('=');
                    String optionName = equals < 0 ? "" : option.substring(0, equals).strip();
                    if (!NAME.matcher(optionName).matches() || options.containsKey(optionName)) {
                        throw new SettingsException(key + ": " + name + "'s option '" + option + "' must be "
                                + "name=value, each name once");
                    }
                    options.put(optionName, option.substring(equals + 1).strip());
                }
            }
            entries.add(new Entry(name, Collections.unmodifiableMap(options)));
        }
        return List.copyOf(entries);
    }

    /** The comma-separated parts of {@code text} between {@code from} and {@code to}, outside parentheses. */
    private static List<String> split(String key, String text, int from, int to) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : ',';
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                throw new SettingsException(key + ": a ')' closes nothing");
            } else if (c == ',' && depth == 0) {
                String part = text.substring(start, i).strip();
                if (!part.isEmpty()) {
                    parts.add(part);
                }
                start = i + 1;
            }
        }
        if (depth != 0) {
            throw new SettingsException(key + ": a '(' is never closed");
        }
        return parts;
    }
}
