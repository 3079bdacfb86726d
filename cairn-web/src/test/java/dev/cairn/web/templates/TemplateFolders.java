package dev.cairn.web.templates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes template files into a test's temporary folders. */
final class TemplateFolders {

    private TemplateFolders() {}

    /** Writes {@code text} to {@code folder/name}, creating parent folders, and returns the folder. */
    static Path write(Path folder, String name, String text) {
        try {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns templates over a single folder holding one template. */
    static Templates single(Path folder, String name, String text) {
        return Templates.builder().folder(write(folder, name, text)).build();
    }
}
