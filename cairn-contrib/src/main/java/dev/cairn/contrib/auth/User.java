package dev.cairn.contrib.auth;

import dev.cairn.contrib.auth.hashers.Passwords;
import dev.cairn.db.Field;
import dev.cairn.db.ManyToMany;
import dev.cairn.db.Manager;
import dev.cairn.db.Many;
import dev.cairn.db.Model;
import dev.cairn.db.Table;
import dev.cairn.db.ValidationError;
import dev.cairn.web.auth.RequestUser;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A person who can log in (Django's {@code auth.User}), in table {@code auth_user}: a unique username, an email
 * address, the stored password (never the password itself: see {@link #setPassword}), names, whether the account is
 * active, staff (may use the admin) or a superuser (has every permission), when they last logged in and joined, and
 * their groups and own permissions.
 *
 * <p>
 * Make users with {@link Users#createUser} and {@link Users#createSuperuser}, which normalise and validate what they
 * are given. A user is the {@link RequestUser} of the requests they make once logged in.
 */
@Table(app = "auth", ordering = "username")
public class User extends Model implements RequestUser {
    public static final Manager<User> objects = Manager.of(User.class);

    /** Django's username rule: letters, digits and {@code @ . + - _}, of any script. */
    static final Pattern USERNAME = Pattern.compile("^[\\w.@+-]+$", Pattern.UNICODE_CHARACTER_CLASS);
    /** Django's message when the rule is broken. */
    static final String USERNAME_MESSAGE = "Enter a valid username. This value may contain only letters, numbers, "
            + "and @/./+/-/_ characters.";

    public Long id;
    @Field(maxLength = 150, unique = true, helpText = "Required. 150 characters or fewer. Letters, digits and "
            + "@/./+/-/_ only.")
    public String username;
    @Field(kind = Field.Kind.EMAIL, maxLength = 254, blank = true, verboseName = "email address")
    public String email = "";
    @Field(maxLength = 128)
    public String password;
    @Field(maxLength = 150, blank = true, verboseName = "first name")
    public String firstName = "";
    @Field(maxLength = 150, blank = true, verboseName = "last name")
    public String lastName = "";
    @Field(defaultValue = "true", verboseName = "active", helpText = "Designates whether this user should be treated "
            + "as active. Unselect this instead of deleting accounts.")
    public Boolean isActive;
    @Field(defaultValue = "false", verboseName = "staff status", helpText = "Designates whether the user can log "
            + "into this admin site.")
    public Boolean isStaff;
    @Field(defaultValue = "false", verboseName = "superuser status", helpText = "Designates that this user has all "
            + "permissions without explicitly assigning them.")
    public Boolean isSuperuser;
    @Field(nullable = true, blank = true, verboseName = "last login")
    public Instant lastLogin;
    @Field(defaultSupplier = Now.class, verboseName = "date joined")
    public Instant dateJoined;
    @ManyToMany(relatedName = "users", blank = true, verboseName = "groups")
    public Many<Group> groups;
    @ManyToMany(relatedName = "users", blank = true, verboseName = "user permissions")
    public Many<Permission> userPermissions;

    /** What {@code ModelBackend} has read of this user's permissions, kept with the object (not a column). */
    private Set<String> ownPermissionCache;
    private Set<String> groupPermissionCache;
    /** The service that found this user, whose backends answer {@link #hasPerm}; not a column. */
    private Auth foundBy;

    /** For the ORM. */
    public User() {}

    /** A user called {@code username}, with no usable password yet. */
    public User(String username) {
        this.username = username;
        setUnusablePassword();
    }

    /** Now, as a new user's {@code dateJoined}. */
    public static final class Now implements Supplier<Instant> {
        /** For the ORM. */
        public Now() {}

        @Override
        public Instant get() {
            return Instant.now();
        }
    }

    /**
     * Stores {@code raw} as this user's password, encoded by the installed {@link Passwords}; null makes it unusable.
     * Nothing is saved until {@link #save()}.
     */
    public void setPassword(String raw) {
        password = Passwords.installed().make(raw);
    }

    /**
     * Whether {@code raw} is this user's password. When it is and the stored value is weaker than the installed
     * hashers would make now (another algorithm, fewer iterations), the value is encoded again and saved at once,
     * that column alone (Django's {@code check_password} with its setter).
     */
    public boolean checkPassword(String raw) {
        return Passwords.installed().check(raw, password, upgraded -> {
            password = upgraded;
            if (pk() != null) {
                (database() == null ? objects : objects.using(database())).filter("pk", pk()).update("password",
                        upgraded);
            }
        });
    }

    /** Marks the password unusable: no password will match (for users who log in some other way). */
    public void setUnusablePassword() {
        password = Passwords.unusable();
    }

    /** Whether the stored password can match any password. */
    public boolean hasUsablePassword() {
        return Passwords.isUsable(password);
    }

    /** Always true: a user object is someone, as the anonymous user is not. */
    @Override
    public boolean isAuthenticated() {
        return true;
    }

    /** The username. */
    @Override
    public String username() {
        return username;
    }

    /**
     * Whether this user has {@code permission} ({@code <app>.<codename>}), as {@link Auth#hasPerm} answers it: through
     * the backends of the {@link Auth} that found the user, or a {@link ModelBackend} on the user's database for a
     * user found some other way (Django's {@code user.has_perm}).
     */
    @Override
    public boolean hasPerm(String permission) {
        Auth auth = foundBy;
        if (auth == null) {
            String database = database() == null ? dev.cairn.db.Databases.DEFAULT : database();
            auth = Auth.builder().backend(new ModelBackend(database)).throttle(null).build();
        }
        return auth.hasPerm(this, permission);
    }

    /** Remembers the service that found this user, for {@link #hasPerm}. */
    void foundBy(Auth auth) {
        this.foundBy = auth;
    }

    /** The first and last name with a space between, trimmed. */
    public String fullName() {
        return (firstName + " " + lastName).strip();
    }

    /** Checks the username against Django's rule, besides the fields' own checks. */
    @Override
    protected void clean() {
        if (username != null && !username.isEmpty() && !USERNAME.matcher(username).matches()) {
            throw new ValidationError(Map.of("username", List.of(USERNAME_MESSAGE)));
        }
    }

    Set<String> ownPermissionCache() {
        return ownPermissionCache;
    }

    Set<String> groupPermissionCache() {
        return groupPermissionCache;
    }

    void cachePermissions(Set<String> own, Set<String> fromGroups) {
        ownPermissionCache = own;
        groupPermissionCache = fromGroups;
    }

    /** Forgets the permissions read for this object, after its groups or permissions changed. */
    public void forgetPermissions() {
        ownPermissionCache = null;
        groupPermissionCache = null;
    }

    @Override
    public String toString() {
        return username;
    }
}
