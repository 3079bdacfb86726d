package dev.cairn.web.checks;

import java.util.List;

/**
 * What a run of the system checks found, and how many findings {@code SILENCED_SYSTEM_CHECKS} hid: what
 * {@code cairn check} prints ("System check identified 3 issues (1 silenced).").
 *
 * @param messages the findings not silenced, most serious first and then by id
 * @param silenced how many findings were silenced
 */
public record CheckReport(List<CheckMessage> messages, int silenced) {

    /** Copies the findings. */
    public CheckReport {
        messages = List.copyOf(messages);
        if (silenced < 0) {
            throw new IllegalArgumentException("silenced must not be negative: " + silenced);
        }
    }

    /** Whether a finding is at {@code level} or above, as a command's {@code --fail-level} asks. */
    public boolean reaches(CheckMessage.Level level) {
        return messages.stream().anyMatch(message -> message.level().compareTo(level) >= 0);
    }

    /** The findings at exactly {@code level}, in order. */
    public List<CheckMessage> at(CheckMessage.Level level) {
        return messages.stream().filter(message -> message.level() == level).toList();
    }
}
