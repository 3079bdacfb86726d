package dev.cairn.db;

/** The database a name means: the named one, or the default for null. */
final class Db {

    private Db() {}

    static Database of(String name) {
        Databases installed = Databases.installed();
        return name == null ? installed.defaultDatabase() : installed.get(name);
    }
}
