package dev.cairn.contrib.auth.commands;

import dev.cairn.cli.Project;
import dev.cairn.contrib.auth.hashers.Passwords;
import dev.cairn.db.Databases;
import dev.cairn.web.settings.Settings;
import java.util.function.IntSupplier;

/**
 * What both auth commands do around their work: the project's databases installed (as the ORM works on the installed
 * ones) and the site's password hashers ({@code PASSWORD_HASHERS}), then both put back as they were.
 */
final class CommandRun {

    private CommandRun() {}

    /** Runs {@code work} on {@code database} of the project with the settings' hashers; its exit code. */
    static int run(Project project, Settings settings, String database, IntSupplier work) {
        Databases databases = project.databases();
        databases.get(database);
        Databases beforeDatabases = Databases.install(databases);
        Passwords beforePasswords = Passwords.install(Passwords.create(settings));
        try {
            return work.getAsInt();
        } finally {
            Passwords.install(beforePasswords);
            Databases.install(beforeDatabases);
        }
    }
}
