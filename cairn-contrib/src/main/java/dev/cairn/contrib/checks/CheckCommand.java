package dev.cairn.contrib.checks;

import dev.cairn.cli.Cairn;
import dev.cairn.cli.Project;
import dev.cairn.web.WebApp;
import dev.cairn.web.checks.Check;
import dev.cairn.web.checks.CheckContext;
import dev.cairn.web.checks.CheckMessage;
import dev.cairn.web.checks.CheckReport;
import dev.cairn.web.checks.DeployChecks;
import dev.cairn.web.checks.SystemCheckError;
import dev.cairn.web.checks.SystemChecks;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cairn check [--deploy] [--fail-level LEVEL]}: Django's {@code manage.py check}. It builds the site, runs
 * the system checks (the built-in ones and the site's own) and with {@code --deploy} the deployment checks
 * ({@link DeployChecks} and {@link PasswordHashingCheck}), and prints what they found:
 *
 * <pre>
 * System check identified some issues:
 *
 * WARNINGS:
 * SECURE_HSTS_SECONDS: security.W004: SECURE_HSTS_SECONDS is not set, ...
 * 	HINT: Once the whole site is served over HTTPS, set SECURE_HSTS_SECONDS=31536000 ...
 *
 * System check identified 1 issue (0 silenced).
 * </pre>
 *
 * <p>
 * The site is given as a function of the project, called once per run, so that it is built with the project's
 * databases (a site whose checks ask the database installs {@code project.databases()} first):
 *
 * <pre>{@code
 * Project.builder().models(...).command(CheckCommand.of(project -> {
 *     Databases.install(project.databases());
 *     return Site.build(settings);
 * })).build();
 * }</pre>
 *
 * A site that refuses to build (an ERROR at start-up) is reported the same way, with the errors that stopped it.
 * {@code SILENCED_SYSTEM_CHECKS} is honoured and the silenced are counted. Exit code 1 when a finding is at the
 * {@code --fail-level} or above (ERROR by default; WARNING makes a deployment pipeline stop on any warning), 0
 * otherwise, 2 for a command line that does not parse.
 */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Runs the system checks of the site; "
        + "--deploy adds the checks of what is unsafe for production.")
public final class CheckCommand implements Callable<Integer> {

    private final Function<Project, WebApp> site;
    private final Project project;

    @Spec
    CommandSpec spec;

    @Option(names = "--deploy", description = "Also run the deployment checks.")
    boolean deploy;

    @Option(names = "--fail-level", paramLabel = "LEVEL", description = "The level at which the command exits with 1: "
            + "${COMPLETION-CANDIDATES}; ${DEFAULT-VALUE} by default.")
    CheckMessage.Level failLevel = CheckMessage.Level.ERROR;

    private CheckCommand(Function<Project, WebApp> site, Project project) {
        this.site = site;
        this.project = project;
    }

    /** The command's factory for {@code Project.builder().command(...)}, checking the site {@code site} builds. */
    public static Function<Project, Object> of(Function<Project, WebApp> site) {
        Objects.requireNonNull(site, "site");
        return project -> new CheckCommand(site, project);
    }

    /** Builds the site, runs the checks and prints the findings; 1 when one reaches the fail level. */
    @Override
    public Integer call() {
        CheckReport report;
        try {
            WebApp app = site.apply(project);
            List<Check> checks = new ArrayList<>(app.checks());
            if (deploy) {
                checks.addAll(DeployChecks.checks());
                checks.add(PasswordHashingCheck.check());
            }
            report = SystemChecks.report(CheckContext.of(app), checks);
        } catch (SystemCheckError e) {
            report = new CheckReport(e.messages(), 0);
        }
        print(report, spec.commandLine().getOut());
        return report.reaches(failLevel) ? Cairn.FAILED : Cairn.OK;
    }

    /** Django's layout: the findings grouped by level, most serious first, then a count. */
    static void print(CheckReport report, PrintWriter out) {
        List<CheckMessage> messages = report.messages();
        if (!messages.isEmpty()) {
            out.println("System check identified some issues:");
            for (CheckMessage.Level level : List.of(CheckMessage.Level.CRITICAL, CheckMessage.Level.ERROR,
                    CheckMessage.Level.WARNING, CheckMessage.Level.INFO, CheckMessage.Level.DEBUG)) {
                List<CheckMessage> at = report.at(level);
                if (!at.isEmpty()) {
                    out.println();
                    out.println(level.name() + "S:");
                    at.forEach(out::println);
                }
            }
            out.println();
        }
        int count = messages.size();
        out.println("System check identified " + (count == 0
                ? "no issues"
                : count == 1
                        ? "1 issue"
                        : count
                                + " issues")
                + " (" + report.silenced() + " silenced).");
        out.flush();
    }
}
