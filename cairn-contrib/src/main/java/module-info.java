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
 */
module dev.cairn.contrib {
    requires transitive dev.cairn.web;
    requires transitive dev.cairn.db;
    requires transitive dev.cairn.cli;
    requires info.picocli;
    requires transitive redis.clients.jedis;

    exports dev.cairn.contrib.db;
    exports dev.cairn.contrib.forms;
    exports dev.cairn.contrib.sessions;
    exports dev.cairn.contrib.views;

    // The ORM reads and writes the session model's fields; picocli fills clearsessions' options.
    opens dev.cairn.contrib.sessions to dev.cairn.db, info.picocli;
}
