package dev.cairn.web.checks;

import dev.cairn.web.settings.Settings;
import dev.cairn.web.settings.SettingsException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The built-in checks of the settings themselves; {@link SystemChecks} documents their ids. */
final class SettingsChecks {

    /** Django's bar for a key that is hard to guess: at least 50 characters, at least 5 distinct. */
    static final int MIN_KEY_LENGTH = 50;
    static final int MIN_KEY_UNIQUE_CHARACTERS = 5;

    private static final List<String> BOOLEANS = List.of(Settings.DEBUG, Settings.USE_X_FORWARDED_HOST,
            Settings.APPEND_SLASH);
    private static final List<String> INTEGERS = List.of(Settings.DATA_UPLOAD_MAX_MEMORY_SIZE);

    private SettingsChecks() {}

    /** settings.E001 and settings.W001: a missing or weak SECRET_KEY. */
    static List<CheckMessage> secretKey(CheckContext context) {
        String key = context.settings().secretKey();
        if (key == null) {
            return debug(context.settings())
                    ? List.of()
                    : List.of(CheckMessage.error("settings.E001", "SECRET_KEY is not set while DEBUG is off.",
                            "Set CAIRN_SECRET_KEY to a long random value (at least 50 characters) kept out of the "
                                    + "code, e.g. from `openssl rand -base64 48`."));
        }
        if (key.length() < MIN_KEY_LENGTH || key.chars().distinct().count() < MIN_KEY_UNIQUE_CHARACTERS) {
            return List.of(CheckMessage.warning("settings.W001", "SECRET_KEY has fewer than " + MIN_KEY_LENGTH
                    + " characters or fewer than " + MIN_KEY_UNIQUE_CHARACTERS
                    + " distinct characters, which makes signatures easier to forge.",
                    "Replace it with a long random value, e.g. from `openssl rand -base64 48`; keep the old one in "
                            + "SECRET_KEY_FALLBACKS until the cookies it signed have expired."));
        }
        return List.of();
    }

    /** settings.E002: a boolean or integer setting that does not parse. */
    static List<CheckMessage> values(CheckContext context) {
        Settings settings = context.settings();
        List<CheckMessage> messages = new ArrayList<>();
        for (String key : BOOLEANS) {
            parse(key, () -> settings.bool(key, false), "Set it to true or false (1/0, yes/no, on/off also do).",
                    messages::add);
        }
        for (String key : INTEGERS) {
            parse(key, () -> settings.integer(key, 0), "Set it to a whole number.", messages::add);
        }
        parse(Settings.PORT, settings::port, "Set it to a port number from 0 to 65535.", messages::add);
        return messages;
    }

    private static void parse(String key, Runnable read, String hint, Consumer<CheckMessage> report) {
        try {
            read.run();
        } catch (SettingsException e) {
            report.accept(CheckMessage.error("settings.E002", e.getMessage(), hint).concerning(key));
        }
    }

    /** settings.W002: DEBUG is on (INFO; a deployment check would make it a warning). */
    static List<CheckMessage> debugOn(CheckContext context) {
        if (!debug(context.settings())) {
            return List.of();
        }
        return List.of(new CheckMessage(CheckMessage.Level.INFO, "settings.W002",
                "DEBUG is on: error pages show source code, the request, the settings and the journey.",
                "Never run a public site with DEBUG on; set CAIRN_DEBUG=false there.", null));
    }

    /**
     * Whether debug is on; an unreadable DEBUG counts as off (safe by default), and settings.E002 reports it.
     */
    static boolean debug(Settings settings) {
        try {
            return settings.debug();
        } catch (SettingsException e) {
            return false;
        }
    }
}
