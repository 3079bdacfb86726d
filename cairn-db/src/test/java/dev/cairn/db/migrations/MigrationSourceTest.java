package dev.cairn.db.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cairn.db.Model;
import dev.cairn.db.migrations.Migration.Key;
import dev.cairn.db.migrations.shop.v1.Item;
import dev.cairn.db.migrations.shop.v1.Maker;
import dev.cairn.db.migrations.zoo.v1.Animal;
import dev.cairn.db.migrations.zoo.v1.Keeper;
import dev.cairn.db.migrations.zoo.v1.Skill;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Migrations from several places: a site's own folder, its jar and the jars of the libraries it uses. Each app's
 * come from the first place that has the app, and an app only a library brings is never changed by the site's
 * makemigrations.
 */
class MigrationSourceTest {

    private static final List<Class<? extends Model>> ZOO = List.of(Animal.class, Keeper.class, Skill.class);
    private static final List<Class<? extends Model>> SHOP = List.of(Item.class, Maker.class);

    /** Writes the first migrations of {@code models} under {@code root}, as makemigrations does. */
    private static Path made(Path root, List<Class<? extends Model>> models) {
        new Migrations(models, MigrationSource.folder(root), root).makeMigrations(Set.of(), null, List.of(), false);
        return root;
    }

    private static List<Key> keys(MigrationSource source) {
        return source.load().stream().map(Migration::key).toList();
    }

    private static void write(Path root, String app, String name, String sourceNote) throws Exception {
        Files.createDirectories(root.resolve(app));
        Files.writeString(root.resolve(app).resolve(name + ".json"), MigrationFile.write(new Migration(app, name,
                List.of(), List.of(), sourceNote)));
    }

    /** Which migrations each arrangement of places gives, in order. */
    static Stream<Arguments> arrangements() {
        return Stream.of(
                Arguments.of("one app in each", List.of(List.of("shop/0001_initial"), List.of("zoo/0001_initial")),
                        List.of("shop/0001_initial", "zoo/0001_initial")),
                Arguments.of("the first place's app wins whole", List.of(List.of("shop/0001_initial"), List.of(
                        "shop/0001_initial", "shop/0002_more")), List.of("shop/0001_initial")),
                Arguments.of("an app in the second place only", List.of(List.of(), List.of("zoo/0001_initial",
                        "zoo/0002_more")), List.of("zoo/0001_initial", "zoo/0002_more")),
                Arguments.of("nothing anywhere", List.of(List.of(), List.of()), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arrangements")
    void eachAppComesFromTheFirstPlaceThatHasIt(String name, List<List<String>> places, List<String> expected,
            @TempDir Path tmp) throws Exception {
        MigrationSource[] folders = new MigrationSource[places.size()];
        URL[] roots = new URL[places.size()];
        for (int i = 0; i < places.size(); i++) {
            Path root = Files.createDirectories(tmp.resolve("place" + i).resolve("migrations"));
            for (String migration : places.get(i)) {
                String[] parts = migration.split("/");
                write(root, parts[0], parts[1], "place" + i);
            }
            folders[i] = MigrationSource.folder(root);
            roots[i] = root.getParent().toUri().toURL();
        }
        List<Key> wanted = expected.stream().map(m -> new Key(m.split("/")[0], m.split("/")[1])).toList();
        assertEquals(wanted, keys(MigrationSource.overlaid(folders)), "folders overlaid");
        try (URLClassLoader loader = new URLClassLoader(roots, null)) {
            assertEquals(wanted, keys(MigrationSource.classpath(loader, "migrations")), "class path resources");
        }
    }

    @Test
    void theClassPathReadsEveryResourceOfTheName(@TempDir Path tmp) throws Exception {
        made(tmp.resolve("site/migrations"), SHOP);
        made(tmp.resolve("library/migrations"), ZOO);
        try (URLClassLoader loader = new URLClassLoader(new URL[]{tmp.resolve("site").toUri().toURL(), tmp.resolve(
                "library").toUri().toURL()}, null)) {
            assertEquals(Set.of("people", "shop", "zoo"), Set.copyOf(MigrationSource.classpath(loader,
                    "migrations").load().stream().map(Migration::app).toList()));
        }
    }

    @Test
    void anAppOnlyALibraryBringsIsNotDeletedByTheSitesMakemigrations(@TempDir Path tmp) throws Exception {
        Path library = made(tmp.resolve("library"), ZOO);
        Path site = Files.createDirectories(tmp.resolve("site"));
        Migrations migrations = new Migrations(SHOP, MigrationSource.overlaid(MigrationSource.folder(site),
                MigrationSource.folder(library)), site);
        List<Migrations.Written> written = migrations.makeMigrations(Set.of(), null, List.of(), false);
        assertEquals(Set.of("people", "shop"), Set.copyOf(written.stream().map(w -> w.migration().app()).toList()));
        try (Stream<Path> files = Files.list(site)) {
            assertEquals(Set.of("people", "shop"), Set.copyOf(files.map(p -> p.getFileName().toString()).toList()));
        }
        assertEquals(List.of(), migrations.makeMigrations(Set.of(), null, List.of(), false), "nothing else to do");
    }

    @Test
    void aLibrarysAppIsInstalledByListingItsModels(@TempDir Path tmp) {
        Path library = made(tmp.resolve("library"), ZOO);
        Path site = made(tmp.resolve("site"), SHOP);
        MigrationSource both = MigrationSource.overlaid(MigrationSource.folder(site), MigrationSource.folder(
                library));
        assertEquals(Set.of("people", "shop"), new Migrations(SHOP, both, site).graph().apps(),
                "without the zoo's models, the zoo's migrations are not the site's to apply");
        List<Class<? extends Model>> all = new java.util.ArrayList<>(SHOP);
        all.addAll(ZOO);
        assertEquals(Set.of("people", "shop", "zoo"), new Migrations(all, both, site).graph().apps());
    }

    @Test
    void anAppInTheSitesOwnFolderIsStillTheSites(@TempDir Path tmp) {
        Path site = made(tmp.resolve("site"), ZOO);
        Migrations migrations = new Migrations(SHOP, MigrationSource.folder(site), site);
        List<Migrations.Written> written = migrations.makeMigrations(Set.of(), null, List.of(), false);
        assertEquals(Set.of("people", "shop", "zoo"), Set.copyOf(written.stream().map(w -> w.migration().app())
                .toList()), "the zoo's models were removed from the site, so its deletion is written");
    }
}
