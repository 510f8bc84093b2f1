package org.casenotes.supervision.api.loader;

import java.io.File;
import java.io.FileFilter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.pf4j.CompoundPluginRepository;
import org.pf4j.DefaultPluginManager;
import org.pf4j.DefaultPluginRepository;
import org.pf4j.DevelopmentPluginRepository;
import org.pf4j.JarPluginRepository;
import org.pf4j.PluginRepository;

/**
 * PF4J's default plugin manager over a folder whose unreadable zips it never sees. PF4J's own
 * repository would expand a truncated zip as far as it reads, then load the half-written folder
 * and fail on start with a {@code NullPointerException}; here those zips, and any folder of
 * their name, are left out of PF4J's listing through its {@code streamFiles} extension point,
 * so the folder check's one-line reason is the only one. Not thread-safe, as PF4J's managers.
 */
final class CheckedPluginManager extends DefaultPluginManager {

    private final Set<String> unreadable;

    /**
     * A manager over one plugins folder.
     *
     * @param folder the plugins folder
     * @param unreadable file names PF4J must not see: each unreadable zip and its folder name
     */
    CheckedPluginManager(Path folder, Set<String> unreadable) {
        super(List.of(folder));
        this.unreadable = Set.copyOf(unreadable);
    }

    @Override
    protected PluginRepository createPluginRepository() {
        // PF4J's own three repositories in its order; only the zip and folder one is changed.
        return new CompoundPluginRepository()
                .add(new DevelopmentPluginRepository(getPluginsRoots()), this::isDevelopment)
                .add(new JarPluginRepository(getPluginsRoots()), this::isNotDevelopment)
                .add(new Repository(getPluginsRoots()), this::isNotDevelopment);
    }

    /** PF4J's zip and folder repository without the unreadable files. */
    private final class Repository extends DefaultPluginRepository {

        Repository(List<Path> roots) {
            super(roots);
        }

        @Override
        protected Stream<File> streamFiles(Path root, FileFilter filter) {
            return super.streamFiles(root, filter).filter(file -> !unreadable.contains(file.getName()));
        }
    }
}
