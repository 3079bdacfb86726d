package dev.cairn.web;

import java.lang.System.Logger;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/** A {@link System.Logger} for tests that keeps each line it is told as {@code "LEVEL message"}. */
public final class RecordingLogger implements Logger {

    /** What was logged, in order. */
    public final List<String> lines = new ArrayList<>();
    private final String name;

    /** A logger answering to this name. */
    public RecordingLogger(String name) {
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isLoggable(Level level) {
        return true;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
        lines.add(level + " " + message);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        lines.add(level + " " + format);
    }

    @Override
    public void log(Level level, Supplier<String> message) {
        lines.add(level + " " + message.get());
    }
}
