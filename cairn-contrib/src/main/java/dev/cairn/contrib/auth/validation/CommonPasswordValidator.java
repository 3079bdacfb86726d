package dev.cairn.contrib.auth.validation;

import dev.cairn.db.Model;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * A password is not on a list of common ones, compared lower-cased and without surrounding spaces. The list by
 * default is the one Django ships, 19,727 passwords created by Royce Williams, kept gzipped beside this class
 * ({@code common-passwords.txt.gz}; its origin and licence are in {@code common-passwords.NOTICE.txt}); a site may
 * give its own file, gzipped or plain, one lower-case password a line.
 */
public final class CommonPasswordValidator implements PasswordValidator {

    private static final String DEFAULT_LIST = "common-passwords.txt.gz";

    /** The default list, read once on first use. */
    private static final class DefaultList {
        static final Set<String> PASSWORDS = read(DEFAULT_LIST);
    }

    private final Set<String> passwords;

    /** Against Django's list. */
    public CommonPasswordValidator() {
        this.passwords = DefaultList.PASSWORDS;
    }

    /**
     * Against the list in {@code file}, gzipped when its name ends in {@code .gz}.
     *
     * @throws UncheckedIOException when it cannot be read, naming it
     */
    public CommonPasswordValidator(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            this.passwords = read(file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in) : in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the common passwords in " + file + ": " + e.getMessage(), e);
        }
    }

    /** How many passwords the list holds. */
    public int size() {
        return passwords.size();
    }

    @Override
    public Optional<PasswordProblem> check(String password, Model user) {
        if (!passwords.contains(password.toLowerCase(Locale.ROOT).strip())) {
            return Optional.empty();
        }
        return Optional.of(new PasswordProblem("password_too_common", "This password is too common."));
    }

    @Override
    public String helpText() {
        return "Your password can’t be a commonly used password.";
    }

    private static Set<String> read(String resource) {
        try (InputStream in = CommonPasswordValidator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing beside " + CommonPasswordValidator.class
                        .getName() + "; the jar is incomplete");
            }
            return read(new GZIPInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    private static Set<String> read(InputStream in) throws IOException {
        Set<String> passwords = new HashSet<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            String password = line.strip();
            if (!password.isEmpty()) {
                passwords.add(password);
            }
        }
        return Set.copyOf(passwords);
    }
}
