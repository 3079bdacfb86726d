package dev.cairn.web.forms;

import dev.cairn.http.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An uploaded file as the multipart {@link Part}, taken from the form's files by name; null when no file was chosen
 * (a browser sends an empty filename for an empty file input). The form does not close the part: the code that
 * parsed the body owns it.
 *
 * <p>
 * A plain value under the name, with no file, means the form was posted without
 * {@code enctype="multipart/form-data"} and the browser sent only the file's name, so the user is told so.
 */
public final class FileField extends BaseField<Part, FileField> {
    static final String NO_FILE = "No file was submitted. Check the encoding type on the form.";
    static final String EMPTY = "The submitted file is empty.";

    private Long maxSize;
    private Set<String> contentTypes;
    private Set<String> extensions;

    FileField(String name) {
        super(name, Widget.FILE);
    }

    /** Allows files of at most this many bytes: "Ensure this file has at most 1024 bytes (it has 2048)." */
    public FileField maxSize(long bytes) {
        this.maxSize = bytes;
        return this;
    }

    /** Allows only these media types, such as {@code image/png}, compared without parameters or case. */
    public FileField contentTypes(String... types) {
        this.contentTypes = lowerCase(Set.of(types));
        return this;
    }

    /** Allows only file names with these extensions, such as {@code "png"}, compared without case. */
    public FileField extensions(String... allowed) {
        this.extensions = lowerCase(Set.of(allowed));
        return this;
    }

    @Override
    protected Part convert(FieldInput input) {
        if (input.files().isEmpty()) {
            if (!input.first().isEmpty()) {
                throw new ValidationException(NO_FILE);
            }
            return null;
        }
        Part part = input.files().getFirst();
        if (!part.isFile()) {
            throw new ValidationException(NO_FILE);
        }
        if (part.filename().isEmpty()) {
            return null;
        }
        if (part.size() == 0) {
            throw new ValidationException(EMPTY);
        }
        return part;
    }

    @Override
    protected List<Validator<? super Part>> builtIns() {
        List<Validator<? super Part>> checks = new ArrayList<>();
        if (maxSize != null) {
            checks.add(this::checkSize);
        }
        if (contentTypes != null) {
            checks.add(this::checkContentType);
        }
        if (extensions != null) {
            checks.add(this::checkExtension);
        }
        return checks;
    }

    /** Nothing: a browser never lets a page fill in a file input. */
    @Override
    public List<String> format(Part value) {
        return List.of();
    }

    private void checkSize(Part part) {
        if (part.size() > maxSize) {
            throw new ValidationException("Ensure this file has at most " + maxSize + " "
                    + Validators.plural(maxSize, "byte") + " (it has " + part.size() + ").");
        }
    }

    private void checkContentType(Part part) {
        String type = part.contentType();
        int semicolon = type.indexOf(';');
        type = (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        if (!contentTypes.contains(type)) {
            throw new ValidationException("File type \u201C" + type + "\u201D is not allowed. Allowed types are: "
                    + sorted(contentTypes) + ".");
        }
    }

    private void checkExtension(Part part) {
        String name = part.filename();
        // The client's filename may carry a path (RFC 7578 §4.2): only the base name's extension counts.
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!extensions.contains(extension)) {
            throw new ValidationException("File extension \u201C" + extension + "\u201D is not allowed. "
                    + "Allowed extensions are: " + sorted(extensions) + ".");
        }
    }

    private static Set<String> lowerCase(Set<String> values) {
        return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    private static String sorted(Set<String> values) {
        return values.stream().sorted().collect(Collectors.joining(", "));
    }
}
