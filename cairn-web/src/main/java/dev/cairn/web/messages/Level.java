package dev.cairn.web.messages;

import dev.cairn.web.settings.SettingsException;
import java.util.Locale;

/**
 * How important a message is: Django's five levels, with their numbers (so a level can be compared and set as
 * {@code MESSAGE_LEVEL=20}) and the tags templates style them by ({@code class="{{ message.tags }}"}).
 */
public enum Level {
    /** Development detail; below the default {@code MESSAGE_LEVEL}, so dropped unless asked for. */
    DEBUG(10, "debug"),
    /** Something the user may want to know. */
    INFO(20, "info"),
    /** An action succeeded ("Your entry was saved."). */
    SUCCESS(25, "success"),
    /** Something is not right yet. */
    WARNING(30, "warning"),
    /** An action failed. */
    ERROR(40, "error");

    private final int value;
    private final String tag;

    Level(int value, String tag) {
        this.value = value;
        this.tag = tag;
    }

    /** The level's number: 10, 20, 25, 30 or 40. */
    public int value() {
        return value;
    }

    /** The level's tag for templates: {@code debug}, {@code info}, {@code success}, {@code warning}, {@code error}. */
    public String tag() {
        return tag;
    }

    /** The level with this number, or null when none has it. */
    static Level ofValue(int value) {
        for (Level level : values()) {
            if (level.value == value) {
                return level;
            }
        }
        return null;
    }

    /**
     * Reads a {@code MESSAGE_LEVEL}: a level's name in any case ({@code info}) or a number ({@code 20}); a number
     * between the levels keeps the messages at or above it.
     *
     * @throws SettingsException for anything else, naming the setting
     */
    static int parse(String key, String value) {
        String given = value.strip();
        try {
            return Integer.parseInt(given);
        } catch (NumberFormatException e) {
            for (Level level : values()) {
                if (level.name().equals(given.toUpperCase(Locale.ROOT))) {
                    return level.value;
                }
            }
        }
        throw new SettingsException(key + " must be DEBUG, INFO, SUCCESS, WARNING, ERROR or a number, not '" + value
                + "'");
    }
}
