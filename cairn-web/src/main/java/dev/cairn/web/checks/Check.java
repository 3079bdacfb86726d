package dev.cairn.web.checks;

import java.util.List;

/**
 * A system check: looks at a site as it is built and reports what is wrong with it, Django's
 * {@code @register}-ed check functions.
 *
 * <pre>{@code
 * WebApp.builder()
 *         .check(context -> context.settings().get("MEDIA_ROOT") == null
 *                 ? List.of(CheckMessage.error("media.E001", "MEDIA_ROOT is not set.", "Set CAIRN_MEDIA_ROOT."))
 *                 : List.of())
 * }</pre>
 *
 * <p>
 * A check reports through its messages rather than by throwing: an exception thrown by a check is reported as
 * {@code checks.C001}. Ids must be stable, because projects silence them by id ({@code SILENCED_SYSTEM_CHECKS}).
 */
@FunctionalInterface
public interface Check {

    /** Looks at the site and returns what is wrong with it; an empty list when nothing is. */
    List<CheckMessage> run(CheckContext context);
}
