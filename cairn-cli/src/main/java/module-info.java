/**
 * The {@code cairn} command line: {@code makemigrations}, {@code migrate}, {@code showmigrations} and
 * {@code sqlmigrate} as picocli subcommands, run in-process through {@link dev.cairn.cli.Cairn#run} from a site's
 * Main (as Django's manage.py runs its commands). Modules above it bring their own subcommands through
 * {@link dev.cairn.cli.Project.Builder#command}, so that it depends on none of them.
 */
module dev.cairn.cli {
    requires transitive dev.cairn.db;
    requires info.picocli;

    exports dev.cairn.cli;

    // picocli fills the commands' options by reflection.
    opens dev.cairn.cli to info.picocli;
}
