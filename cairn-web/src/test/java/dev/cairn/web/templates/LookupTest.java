package dev.cairn.web.templates;

import static dev.cairn.web.templates.TemplateFolders.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Names resolve in registration order, and inheritance and includes cross folders. */
class LookupTest {

    @TempDir
    Path project;

    @TempDir
    Path app;

    @TempDir
    Path otherApp;

    private Templates projectThenApps() {
        return Templates.builder().folder(project).folder(app).folder(otherApp).build();
    }

    @Test
    void projectFolderOverridesAppFolder() {
        write(app, "blog/post.html", "app post");
        write(project, "blog/post.html", "project post");

        assertEquals("project post", projectThenApps().render("blog/post.html", Map.of()));
    }

    @Test
    void earlierAppOverridesLaterApp() {
        write(otherApp, "blog/post.html", "other app post");
        write(app, "blog/post.html", "app post");

        assertEquals("app post", projectThenApps().render("blog/post.html", Map.of()));
    }

    @Test
    void laterFolderIsUsedWhenEarlierLacksTheName() {
        write(project, "base.html", "base");
        write(otherApp, "shop/cart.html", "cart");

        assertEquals("cart", projectThenApps().render("shop/cart.html", Map.of()));
    }

    @Test
    void appTemplateExtendsProjectBase() {
        write(project, "base.html", "<title>{% block title %}Site{% endblock %}</title>"
                + "<main>{% block content %}{% endblock %}</main>");
        write(app, "blog/post.html", "{% extends \"base.html\" %}"
                + "{% block title %}{{ title }} | {{ parent() }}{% endblock %}"
                + "{% block content %}<h1>{{ title }}</h1>{% endblock %}");

        assertEquals("<title>Hello &amp; bye | Site</title><main><h1>Hello &amp; bye</h1></main>",
                projectThenApps().render("blog/post.html", Map.of("title", "Hello & bye")));
    }

    @Test
    void projectOverrideOfBaseAppliesToAppTemplates() {
        // Django's pattern: an app extends "blog/base.html", and the project restyles the whole app by overriding it.
        write(app, "blog/base.html", "app base: {% block content %}{% endblock %}");
        write(project, "blog/base.html", "project base: {% block content %}{% endblock %}");
        write(app, "blog/post.html", "{% extends \"blog/base.html\" %}{% block content %}post{% endblock %}");

        assertEquals("project base: post", projectThenApps().render("blog/post.html", Map.of()));
    }

    @Test
    void includeReachesAcrossFoldersAndSharesTheContext() {
        write(project, "page.html", "[{% include \"blog/_card.html\" %}][{% include \"_footer.html\" %}]");
        write(app, "blog/_card.html", "card {{ title }}");
        write(otherApp, "_footer.html", "footer {{ title }}");

        assertEquals("[card &lt;T&gt;][footer &lt;T&gt;]",
                projectThenApps().render("page.html", Map.of("title", "<T>")));
    }

    @Test
    void includeWithExplicitContext() {
        write(project, "page.html", "{% for p in posts %}{% include \"_item.html\" with {\"item\": p} %}{% endfor %}");
        write(app, "_item.html", "<li>{{ item }}</li>");

        String html = projectThenApps().render("page.html", Map.of("posts", List.of("a", "<b>")));

        assertEquals("<li>a</li><li>&lt;b&gt;</li>", html);
    }

    @Test
    void threeLevelInheritanceAcrossThreeFolders() {
        write(otherApp, "root.html", "R({% block body %}root{% endblock %})");
        write(app, "middle.html", "{% extends \"root.html\" %}{% block body %}M[{{ parent() }}]{% endblock %}");
        write(project, "leaf.html", "{% extends \"middle.html\" %}{% block body %}L{{ parent() }}{% endblock %}");

        assertEquals("R(LM[root])", projectThenApps().render("leaf.html", Map.of()));
    }

    @Test
    void classpathPrefixIsASource() {
        Templates templates = Templates.builder()
                .folder(project)
                .classpath("cairn-test-templates", LookupTest.class.getClassLoader())
                .build();

        assertEquals("shipped &lt;you&gt;", templates.render("shipped/hello.html", Map.of("who", "<you>")));
    }

    @Test
    void folderBeforeClasspathOverridesShippedTemplate() {
        write(project, "shipped/hello.html", "project hello");
        Templates templates = Templates.builder()
                .folder(project)
                .classpath("cairn-test-templates", LookupTest.class.getClassLoader())
                .build();

        assertEquals("project hello", templates.render("shipped/hello.html", Map.of()));
    }

    static Stream<String> climbingNames() {
        return Stream.of("../secret.html", "blog/../../secret.html", "/etc/passwd", "blog\\post.html", "", " ",
                "..", "blog/..", "blog/../secret.html");
    }

    @Test
    void twoDotsInsideAFileNameAreNoClimb() {
        write(project, "notes..v2.html", "notes");

        assertEquals("notes", projectThenApps().render("notes..v2.html", Map.of()));
    }

    @ParameterizedTest
    @MethodSource("climbingNames")
    void namesThatClimbOutOfTheFoldersAreRefused(String name) {
        write(project, "inside.html", "inside");

        TemplateError error = assertThrows(TemplateError.class, () -> projectThenApps().render(name, Map.of()));
        assertEquals(name + ": a template name is relative, /-separated and without '..'", error.getMessage());
    }

    @Test
    void buildWithoutSourcesIsRefused() {
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> Templates.builder().build());
        assertTrue(error.getMessage().startsWith("templates.E001: no template source"), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"missing", "file.html"})
    void folderThatIsNotADirectoryIsRefused(String entry) {
        write(project, "file.html", "x");
        Path path = project.resolve(entry);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Templates.builder().folder(path));
        assertEquals("templates.E002: template folder " + path + " is not a directory; create it or remove it from "
                + "Templates.builder()", error.getMessage());
    }
}
