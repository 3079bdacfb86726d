package dev.cairn.web.messages;

import java.util.Objects;

/**
 * One message for the user: its level, its text, and any extra tags for styling.
 *
 * <p>
 * A template prints a message as its text, escaped like any other value: {@code {{ message }}}.
 *
 * @param level     how important it is
 * @param text      what it says
 * @param extraTags tags added before the level's ({@code "sticky"}), or empty
 */
public record Message(Level level, String text, String extraTags) {

    /** Checks that level and text are given; no extra tags is an empty string. */
    public Message {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(text, "text");
        extraTags = extraTags == null ? "" : extraTags.strip();
    }

    /** The extra tags then the level's, space-separated: {@code "sticky success"}, for a {@code class}. */
    public String tags() {
        return extraTags.isEmpty() ? level.tag() : extraTags + " " + level.tag();
    }

    /** The level's tag alone: {@code "success"}. */
    public String levelTag() {
        return level.tag();
    }

    /** The text, so that {@code {{ message }}} prints it. */
    @Override
    public String toString() {
        return text;
    }
}
