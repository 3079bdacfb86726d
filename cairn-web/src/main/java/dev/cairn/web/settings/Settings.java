package dev.cairn.web.settings;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A project's settings, read twelve-factor style: code defaults, then a settings file, then environment
 * variables, each layer overriding the one before.
 *
 * <p>
 * Keys are Django's upper-case names ({@code DEBUG}, {@code SECRET_KEY}, {@code ALLOWED_HOSTS}). The settings file
 * is a {@code .properties} file ({@code cairn.properties} in the working folder, or the one {@code CAIRN_SETTINGS}
 * names). Any key can be set from the environment as {@code CAIRN_<KEY>}; {@code DATABASE_URL}, {@code PORT} and
 * {@code HOST} are read under their own conventional names as well. Lists are comma-separated.
 *
 * <p>
 * Debug is off unless asked for. Each value remembers where it came from, which the debug page and
 * {@code cairn check} show.
 */
public final class Settings {

    /** Turns on the debug pages and template reloading; never on in production. */
    public static final String DEBUG = "DEBUG";
    /** The key every signature is made with; production refuses to start without it. */
    public static final String SECRET_KEY = "SECRET_KEY";
    /** Earlier secret keys, still accepted when verifying signatures, so the key can be rotated. */
    public static final String SECRET_KEY_FALLBACKS = "SECRET_KEY_FALLBACKS";
    /** The host names this site answers to; {@code .example.com} matches subdomains, {@code *} anything. */
    public static final String ALLOWED_HOSTS = "ALLOWED_HOSTS";
    /** Trust {@code X-Forwarded-Host} for the host (only behind a proxy that sets it). */
    public static final String USE_X_FORWARDED_HOST = "USE_X_FORWARDED_HOST";
    /** Redirect {@code /path} to {@code /path/} when only the latter resolves. */
    public static final String APPEND_SLASH = "APPEND_SLASH";
    /** Where the database is; absent means SQLite in the project folder. */
    public static final String DATABASE_URL = "DATABASE_URL";
    /** The address to listen on. */
    public static final String HOST = "HOST";
    /** The port to listen on. */
    public static final String PORT = "PORT";
    /** The largest request body read into memory (JSON, raw bytes, urlencoded forms), in bytes. */
    public static final String DATA_UPLOAD_MAX_MEMORY_SIZE = "DATA_UPLOAD_MAX_MEMORY_SIZE";
    /** The URL prefix static files are served under. */
    public static final String STATIC_URL = "STATIC_URL";
    /** Where {@code collectstatic} copies static files to. */
    public static final String STATIC_ROOT = "STATIC_ROOT";

    /** Names whose values are never shown: Django's list, matched anywhere in the key. */
    private static final Pattern SECRET_NAMES = Pattern.compile("API|TOKEN|KEY|SECRET|PASS|SIGNATURE|CREDENTIAL");
    private static final String REDACTED = "********************";
    private static final Pattern URL_PASSWORD = Pattern.compile("(//[^:/@]+:)[^@/]*@");

    /** Where a value came from, in the order the layers apply. */
    public enum Source {
        /** Cairn's own default. */
        DEFAULT,
        /** Set in code by the project. */
        CODE,
        /** Read from the settings file. */
        FILE,
        /** Read from an environment variable. */
        ENVIRONMENT
    }

    /** One setting's value and its origin. */
    public record Value(String value, Source source) {}

    private static final Map<String, String> DEFAULTS = Map.of(
            DEBUG, "false",
            ALLOWED_HOSTS, "",
            USE_X_FORWARDED_HOST, "false",
            APPEND_SLASH, "true",
            HOST, "127.0.0.1",
            PORT, "8000",
            DATA_UPLOAD_MAX_MEMORY_SIZE, Integer.toString(5 * 1024 * 1024 / 2),
            STATIC_URL, "/static/");

    private final Map<String, Value> values;

    private Settings(Map<String, Value> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** Starts from the defaults; {@link Builder#build()} applies nothing else. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the settings the way a running project does: the defaults, the values set in code, the settings file
     * ({@code CAIRN_SETTINGS} or {@code cairn.properties} if present), then the process environment.
     */
    public static Settings load(Map<String, String> code) {
        Builder builder = builder();
        code.forEach(builder::set);
        String file = System.getenv("CAIRN_SETTINGS");
        Path path = Path.of(file != null ? file : "cairn.properties");
        if (file != null || Files.isRegularFile(path)) {
            builder.file(path);
        }
        return builder.environment(System.getenv()).build();
    }

    /** A setting's value, or null when nothing set it. */
    public String get(String key) {
        Value value = values.get(key);
        return value == null ? null : value.value();
    }

    /** A setting's value, or {@code fallback} when nothing set it. */
    public String get(String key, String fallback) {
        String value = get(key);
        return value == null ? fallback : value;
    }

    /** Where a setting came from, or null when nothing set it. */
    public Source source(String key) {
        Value value = values.get(key);
        return value == null ? null : value.source();
    }

    /**
     * A boolean setting: {@code true/false}, {@code 1/0}, {@code yes/no}, {@code on/off}, any case.
     *
     * @throws SettingsException for anything else, naming the key
     */
    public boolean bool(String key, boolean fallback) {
        String value = get(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new SettingsException(key + " must be true or false, not '" + value + "'");
        };
    }

    /**
     * An integer setting.
     *
     * @throws SettingsException when it is not an integer, naming the key
     */
    public long integer(String key, long fallback) {
        String value = get(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new SettingsException(key + " must be an integer, not '" + value + "'");
        }
    }

    /** A comma-separated list setting, trimmed, empty entries dropped. */
    public List<String> list(String key) {
        String value = get(key);
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** Whether debug is on. */
    public boolean debug() {
        return bool(DEBUG, false);
    }

    /** The secret key, or null when none is set. */
    public String secretKey() {
        String key = get(SECRET_KEY);
        return key == null || key.isBlank() ? null : key;
    }

    /** The allowed hosts. */
    public List<String> allowedHosts() {
        return list(ALLOWED_HOSTS);
    }

    /** The port to listen on. */
    public int port() {
        long port = integer(PORT, 8000);
        if (port < 0 || port > 65535) {
            throw new SettingsException("PORT must be 0-65535, not " + port);
        }
        return (int) port;
    }

    /** The address to listen on. */
    public String host() {
        return get(HOST);
    }

    /** Every setting with its value and origin, in key order. */
    public Map<String, Value> all() {
        return values;
    }

    /**
     * Every setting as it may be shown on a debug page: values of keys that look secret are replaced, and
     * passwords inside URLs ({@code postgres://user:pw@host}) are masked.
     */
    public Map<String, String> redacted() {
        Map<String, String> shown = new LinkedHashMap<>();
        values.forEach((key, value) -> shown.put(key, redact(key, value.value())));
        return shown;
    }

    /** A value as it may be shown: hidden entirely for secret-looking keys, passwords masked inside URLs. */
    public static String redact(String key, String value) {
        if (value == null) {
            return null;
        }
        if (SECRET_NAMES.matcher(key.toUpperCase(Locale.ROOT)).find()) {
            return REDACTED;
        }
        return URL_PASSWORD.matcher(value).replaceAll("$1" + REDACTED + "@");
    }

    @Override
    public String toString() {
        return "Settings" + redacted();
    }

    /** Collects settings layer by layer; a later layer overrides an earlier one. */
    public static final class Builder {
        private final Map<String, Value> values = new java.util.TreeMap<>();

        private Builder() {
            DEFAULTS.forEach((key, value) -> values.put(key, new Value(value, Source.DEFAULT)));
        }

        /** Sets a value in code. */
        public Builder set(String key, String value) {
            put(key, value, Source.CODE);
            return this;
        }

        /** Sets {@code DEBUG} in code. */
        public Builder debug(boolean debug) {
            return set(DEBUG, Boolean.toString(debug));
        }

        /** Sets {@code SECRET_KEY} in code (better: from the environment). */
        public Builder secretKey(String key) {
            return set(SECRET_KEY, key);
        }

        /** Sets {@code ALLOWED_HOSTS} in code. */
        public Builder allowedHosts(String... hosts) {
            return set(ALLOWED_HOSTS, String.join(",", hosts));
        }

        /**
         * Reads a {@code .properties} settings file.
         *
         * @throws SettingsException if it cannot be read, naming the file
         */
        public Builder file(Path path) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw new SettingsException("Cannot read the settings file " + path + ": " + e.getMessage());
            }
            properties.stringPropertyNames().forEach(key -> put(key, properties.getProperty(key), Source.FILE));
            return this;
        }

        /**
         * Applies environment variables: {@code CAIRN_<KEY>} for any key, and {@code DATABASE_URL}, {@code PORT},
         * {@code HOST} under their own names ({@code CAIRN_}-prefixed ones win).
         */
        public Builder environment(Map<String, String> environment) {
            for (String plain : List.of(DATABASE_URL, PORT, HOST)) {
                String value = environment.get(plain);
                if (value != null) {
                    put(plain, value, Source.ENVIRONMENT);
                }
            }
            environment.forEach((name, value) -> {
                if (name.startsWith("CAIRN_") && name.length() > "CAIRN_".length() && !name.equals("CAIRN_SETTINGS")) {
                    put(name.substring("CAIRN_".length()), value, Source.ENVIRONMENT);
                }
            });
            return this;
        }

        /** The settings collected so far. */
        public Settings build() {
            return new Settings(new LinkedHashMap<>(values));
        }

        private void put(String key, String value, Source source) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, () -> "value of " + key);
            values.put(key.trim().toUpperCase(Locale.ROOT), new Value(value, source));
        }
    }
}
