package dev.cairn.web.staticfiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds a static file by asking an ordered list of sources, the first that has it winning.
 *
 * <p>
 * The order is Django's: the project's own folders ({@code STATICFILES_DIRS}) first, then each installed app's
 * {@code static} folder in app order, then libraries such as WebJars. A project therefore overrides an app's
 * {@code admin/base.css} by putting its own at the same name.
 */
public final class StaticFinder {
    private final List<StaticSource> sources;

    private StaticFinder(List<StaticSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** Returns a finder over {@code sources}, asked in the given order. */
    public static StaticFinder of(List<? extends StaticSource> sources) {
        return new StaticFinder(List.copyOf(sources));
    }

    /** Returns a finder over {@code sources}, asked in the given order. */
    public static StaticFinder of(StaticSource... sources) {
        return of(List.of(sources));
    }

    /** Returns a builder that adds sources in precedence order. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the sources, in the order they are asked. */
    public List<StaticSource> sources() {
        return sources;
    }

    /** Returns the file at {@code relativePath} from the first source that has it, or empty. */
    public Optional<StaticFile> find(String relativePath) {
        for (StaticSource source : sources) {
            Optional<StaticFile> found = source.find(relativePath);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the file at {@code relativePath} from every source that has it, winner first: the answer to "which
     * copy shadows mine?".
     */
    public List<StaticFile> findAll(String relativePath) {
        List<StaticFile> all = new ArrayList<>();
        for (StaticSource source : sources) {
            source.find(relativePath).ifPresent(all::add);
        }
        return all;
    }

    /** Returns every name any source has, once each, sorted within each source, sources in precedence order. */
    public List<String> list() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (StaticSource source : sources) {
            try (Stream<String> listed = source.list()) {
                listed.sorted().forEach(names::add);
            }
        }
        return List.copyOf(names);
    }

    /** Collects sources in precedence order: project folders first, then apps', then libraries'. */
    public static final class Builder {
        private final List<StaticSource> sources = new ArrayList<>();

        private Builder() {}

        /** Adds a folder on the file system, asked after those already added. */
        public Builder directory(Path root) {
            return source(FileSystemSource.of(root));
        }

        /** Adds any source, asked after those already added. */
        public Builder source(StaticSource source) {
            sources.add(source);
            return this;
        }

        /** Returns the finder. */
        public StaticFinder build() {
            return new StaticFinder(sources);
        }
    }
}
