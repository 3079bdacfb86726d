package dev.cairn.contrib.auth;

import dev.cairn.contrib.auth.internal.SettingEntries;
import dev.cairn.contrib.auth.throttle.LoginThrottle;
import dev.cairn.contrib.auth.throttle.ThrottleVerdict;
import dev.cairn.journey.Journey;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.settings.SettingsException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Authentication and permissions over the configured backends (Django's {@code django.contrib.auth} functions):
 * {@link #authenticate} asks each backend in order and the first user found wins; {@link #attempt} does the same
 * behind a {@link LoginThrottle}; {@link #hasPerm} asks whether a user may do something.
 *
 * <pre>{@code
 * Auth auth = Auth.create(settings);       // AUTHENTICATION_BACKENDS; ModelBackend by default
 * switch (auth.attempt(Credentials.of(username, password).from(request.clientAddress()))) {
 *     case LoginOutcome.Success s -> ...log s.user() in...
 *     case LoginOutcome.Failure f -> ...the form again, "Please enter a correct username and password."
 *     case LoginOutcome.Locked l -> ...429 with Retry-After...
 * }
 * }</pre>
 *
 * <p>
 * It records on the current journey's {@code auth} layer which backend authenticated whom ({@code authenticated}),
 * a failure with the backends asked ({@code not authenticated}), a refusal ({@code refused}), a lock
 * ({@code throttled}), and each permission checked with its verdict and why ({@code permission}). Passwords are
 * never recorded.
 */
public final class Auth {

    /** The setting naming the backends, in order: {@code ModelBackend} and {@code AllowAllUsersModelBackend}. */
    public static final String AUTHENTICATION_BACKENDS = "AUTHENTICATION_BACKENDS";

    private static final String LAYER = "auth";

    private final List<AuthenticationBackend> backends;
    private final LoginThrottle throttle;

    private Auth(List<AuthenticationBackend> backends, LoginThrottle throttle) {
        if (backends.isEmpty()) {
            throw new IllegalArgumentException("Auth needs at least one backend");
        }
        this.backends = List.copyOf(backends);
        this.throttle = throttle;
    }

    /** A builder: no backends yet, an in-memory {@link LoginThrottle}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The backends {@value #AUTHENTICATION_BACKENDS} names (each optionally with {@code (database=name)}), a
     * {@link ModelBackend} on the default database when unset, and an in-memory throttle.
     *
     * @throws SettingsException naming an unknown backend, an unknown option, or an empty list
     */
    public static Auth create(Settings settings) {
        Builder builder = builder();
        for (SettingEntries.Entry entry : SettingEntries.parse(AUTHENTICATION_BACKENDS, settings.get(
                AUTHENTICATION_BACKENDS, "ModelBackend"))) {
            entry.allowOnly(AUTHENTICATION_BACKENDS, Set.of("database"));
            String database = entry.options().getOrDefault("database", dev.cairn.db.Databases.DEFAULT);
            builder.backend(switch (entry.name()) {
                case "ModelBackend" -> new ModelBackend(database);
                case "AllowAllUsersModelBackend" -> new AllowAllUsersModelBackend(database);
                default -> throw new SettingsException(AUTHENTICATION_BACKENDS + ": unknown backend '" + entry.name()
                        + "'; known: AllowAllUsersModelBackend, ModelBackend (others are added in code with "
                        + "Auth.builder().backend(...))");
            });
        }
        if (builder.backends.isEmpty()) {
            throw new SettingsException(AUTHENTICATION_BACKENDS + " must name at least one backend");
        }
        return builder.build();
    }

    /** The backends, in the order they are asked. */
    public List<AuthenticationBackend> backends() {
        return backends;
    }

    /** The throttle {@link #attempt} uses, or null. */
    public LoginThrottle throttle() {
        return throttle;
    }

    /**
     * The user these credentials prove, with the backend that proved it; empty when no backend knows them, or one
     * refused them.
     */
    public Optional<Authenticated> authenticate(Credentials credentials) {
        List<String> asked = new ArrayList<>();
        for (AuthenticationBackend backend : backends) {
            asked.add(backend.name());
            Optional<User> user;
            try {
                user = backend.authenticate(credentials);
            } catch (PermissionDenied e) {
                record("refused", "backend", backend.name(), "username", credentials.username(), "reason", e
                        .getMessage());
                return Optional.empty();
            }
            if (user.isPresent()) {
                user.get().foundBy(this);
                record("authenticated", "backend", backend.name(), "user", user.get().username, "id", user.get()
                        .pk());
                return Optional.of(new Authenticated(user.get(), backend.name()));
            }
        }
        record("not authenticated", "username", credentials.username(), "backends", asked);
        return Optional.empty();
    }

    /**
     * A login: refused at once while the account or the client address is locked (the password is not checked),
     * else {@link #authenticate}, with the result counted by the throttle.
     */
    public LoginOutcome attempt(Credentials credentials) {
        if (throttle != null) {
            ThrottleVerdict verdict = throttle.check(credentials.username(), credentials.clientAddress());
            if (!verdict.allowed()) {
                record("throttled", "username", credentials.username(), "address", credentials.clientAddress(),
                        "lockedBy", verdict.lockedBy(), "retryAfterSeconds", verdict.retryAfterSeconds());
                return new LoginOutcome.Locked(verdict.retryAfter(), verdict.lockedBy());
            }
        }
        Optional<Authenticated> found = authenticate(credentials);
        if (throttle != null) {
            if (found.isPresent()) {
                throttle.succeeded(credentials.username(), credentials.clientAddress());
            } else {
                throttle.failed(credentials.username(), credentials.clientAddress());
            }
        }
        return found.<LoginOutcome>map(a -> new LoginOutcome.Success(a.user(), a.backend())).orElseGet(
                LoginOutcome.Failure::new);
    }

    /**
     * The user with key {@code id} as backend {@code backendName} finds them (what a session remembered at login).
     *
     * @throws IllegalArgumentException when no configured backend has that name
     */
    public Optional<User> user(String backendName, Object id) {
        Optional<User> user = backend(backendName).orElseThrow(() -> new IllegalArgumentException(
                "no configured backend is named '" + backendName + "'")).user(id);
        user.ifPresent(u -> u.foundBy(this));
        return user;
    }

    /** The configured backend named {@code name}, or empty. */
    public Optional<AuthenticationBackend> backend(String name) {
        return backends.stream().filter(b -> b.name().equals(name)).findFirst();
    }

    /**
     * Whether {@code user} has {@code permission} ({@code <app>.<codename>}): an active superuser has all, an
     * inactive user none, anyone else those a backend grants.
     */
    public boolean hasPerm(User user, String permission) {
        Objects.requireNonNull(permission, "permission");
        String by;
        boolean verdict;
        if (!Boolean.TRUE.equals(user.isActive)) {
            by = "inactive";
            verdict = false;
        } else if (Boolean.TRUE.equals(user.isSuperuser)) {
            by = "superuser";
            verdict = true;
        } else {
            by = backends.stream().filter(b -> b.hasPerm(user, permission)).map(AuthenticationBackend::name)
                    .findFirst().orElse("no backend");
            verdict = !by.equals("no backend");
        }
        record("permission", "user", user.username, "permission", permission, "verdict", verdict ? "granted" : "denied",
                "by", by);
        return verdict;
    }

    /** Whether {@code user} has every one of {@code permissions}. */
    public boolean hasPerms(User user, Collection<String> permissions) {
        return permissions.stream().allMatch(p -> hasPerm(user, p));
    }

    /** Every permission {@code user} has through any backend, as {@code <app>.<codename>}. */
    public Set<String> permissions(User user) {
        Set<String> all = new java.util.TreeSet<>();
        backends.forEach(b -> all.addAll(b.permissions(user)));
        return all;
    }

    /** The backends in order, and whether logins are throttled, as the journey shows the request's attributes. */
    @Override
    public String toString() {
        return "Auth" + backends + (throttle == null ? "" : ", throttled");
    }

    private static void record(String event, Object... facts) {
        Journey journey = Journey.current();
        if (journey != null) {
            journey.record(LAYER, event, facts);
        }
    }

    /**
     * A user and the backend that proved them.
     *
     * @param user    the user
     * @param backend the backend's name
     */
    public record Authenticated(User user, String backend) {}

    /** Builds an {@link Auth}. */
    public static final class Builder {
        private final List<AuthenticationBackend> backends = new ArrayList<>();
        private LoginThrottle throttle = LoginThrottle.builder().build();

        private Builder() {}

        /** Adds a backend, asked after those added before. */
        public Builder backend(AuthenticationBackend backend) {
            backends.add(Objects.requireNonNull(backend, "backend"));
            return this;
        }

        /** The throttle for {@link Auth#attempt}; null for none (a site whose proxy throttles logins). */
        public Builder throttle(LoginThrottle value) {
            this.throttle = value;
            return this;
        }

        /**
         * The service.
         *
         * @throws IllegalArgumentException when no backend was added
         */
        public Auth build() {
            return new Auth(backends, throttle);
        }
    }
}
