package dev.cairn.web.settings;

/** A setting with a value that cannot be used; the message names the setting and says what it must be. */
public final class SettingsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure whose message names the setting. */
    public SettingsException(String message) {
        super(message);
    }
}
