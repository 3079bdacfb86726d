package dev.cairn.examples.site;

import dev.cairn.web.WebApp;
import dev.cairn.web.settings.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The site started as {@link Main} starts it (its {@code migrate} command, then {@link Startup}: the databases
 * opened and installed, the site built), on a SQLite file in a temporary folder of its own, for a test class whose requests come
 * from other threads (a real server, a browser), where a rolled-back transaction cannot isolate the tests. Before
 * each test the entries are emptied and the seed entries written, oldest first; after the class the database is
 * closed and its folder deleted.
 *
 * <pre>{@code
 * @RegisterExtension
 * @Order(1)
 * static final StartedSite SITE = StartedSite.of(settings, "Ada", "Hello", "Grace", "Hi");
 * }</pre>
 */
final class StartedSite implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    private final Settings.Builder settings;
    private final List<String> seeds;
    private Path folder;
    private Startup startup;

    private StartedSite(Settings.Builder settings, List<String> seeds) {
        this.settings = settings;
        this.seeds = seeds;
    }

    /** The site with these settings (the database URL added), seeded with name, message, name, message, .... */
    static StartedSite of(Settings.Builder settings, String... namesAndMessages) {
        if (namesAndMessages.length % 2 != 0) {
            throw new IllegalArgumentException("seed entries come as name, message pairs");
        }
        return new StartedSite(settings, List.of(namesAndMessages));
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("cairn-site-test");
        Settings started = settings.set(Settings.DATABASE_URL, "sqlite:///" + folder.resolve("db.sqlite3")).build();
        StringWriter printed = new StringWriter();
        PrintWriter out = new PrintWriter(printed, true);
        // Production's order: migrate as a step of its own, then start; a DEBUG start would migrate by itself.
        if (Main.command(started, out, out, "migrate") != 0) {
            throw new IllegalStateException("the test database could not be migrated:\n" + printed);
        }
        startup = Startup.open(started, out, out);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Entry.objects.all().delete();
        for (int i = 0; i < seeds.size(); i += 2) {
            new Entry(seeds.get(i), seeds.get(i + 1)).save();
        }
    }

    /** The site; ask after the class's extensions started. */
    WebApp app() {
        return startup.app();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (startup != null) {
            startup.close();
        }
        deleteFolder(folder);
    }

    /** Deletes a temporary folder and what is in it. */
    static void deleteFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
