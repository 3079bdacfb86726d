/**
 * The {@code cairn} command line: {@code makemigrations}, {@code migrate}, {@code showmigrations} and
 * {@code sqlmigrate} as picocli subcommands, run in-process through {@link dev.cairn.cli.Cairn#run} from a site's
 * Main (as Django's manage.py runs its commands). Later layers add their own subcommands here.
 */
module dev.cairn.cli {
    requires transitive dev.cairn.db;
    requires info.picocli;

    exports dev.cairn.cli;

    // picocli fills the commands' options by reflection.
    opens dev.cairn.cli to info.picocli;
}
