/**
 * What needs both the framework and the ORM, kept out of both so that neither depends on the other (as
 * django.contrib sits beside django.http and django.db).
 *
 * <p>
 * {@code dev.cairn.contrib.forms} makes forms from models: fields from the model's declaration, validation that
 * ends in the model's own {@code fullClean} and unique checks, and {@code save()}; {@code dev.cairn.contrib.views}
 * holds the generic model views (list with a paginator, detail, create, update, delete);
 * {@code dev.cairn.contrib.db} opens the databases the settings name, checks that the default one answers
 * ({@code db.E001}), and wraps each request in a transaction when {@code ATOMIC_REQUESTS} asks;
 * {@code dev.cairn.contrib.sessions} keeps sessions in the database (through the ORM, with the {@code clearsessions}
 * command) or in Redis (through Jedis), so that several nodes share them.
 *
 * <p>
 * {@code dev.cairn.contrib.auth} holds users, groups and permissions, authentication backends and the
 * {@code Auth} service over them; {@code .hashers} stores passwords in Django's formats (PBKDF2, Argon2);
 * {@code .validation} holds Django's four password validators; {@code .throttle} slows down repeated failed
 * logins; {@code .commands} holds {@code createsuperuser} and {@code changepassword}; {@code .web} puts the user on
 * the request ({@code AuthenticationMiddleware}), logs users in and out of sessions, and makes password reset tokens;
 * {@code .views} holds the login, logout, password change and password reset views, with their forms and templates.
 * {@code dev.cairn.contrib.checks} holds the {@code check} command ({@code --deploy} for what is unsafe in
 * production) and the password hashing check.
 */
module dev.cairn.contrib {
    requires transitive dev.cairn.web;
    requires transitive dev.cairn.db;
    requires transitive dev.cairn.cli;
    requires info.picocli;
    requires transitive redis.clients.jedis;
    requires org.bouncycastle.provider;

    exports dev.cairn.contrib.auth;
    exports dev.cairn.contrib.auth.commands;
    exports dev.cairn.contrib.auth.hashers;
    exports dev.cairn.contrib.auth.throttle;
    exports dev.cairn.contrib.auth.validation;
    exports dev.cairn.contrib.auth.views;
    exports dev.cairn.contrib.auth.web;
    exports dev.cairn.contrib.checks;
    exports dev.cairn.contrib.db;
    exports dev.cairn.contrib.forms;
    exports dev.cairn.contrib.sessions;
    exports dev.cairn.contrib.views;

    // The ORM reads and writes the session model's fields; picocli fills clearsessions' options.
    opens dev.cairn.contrib.sessions to dev.cairn.db, info.picocli;
    // picocli fills check's options.
    opens dev.cairn.contrib.checks to info.picocli;
    // The ORM makes users, groups and permissions by reflection, and templates read their fields.
    opens dev.cairn.contrib.auth to dev.cairn.db, io.pebbletemplates;
    // picocli fills createsuperuser's and changepassword's options; templates read the forms' fields.
    opens dev.cairn.contrib.auth.commands to info.picocli;
    opens dev.cairn.contrib.auth.views to io.pebbletemplates;
}
