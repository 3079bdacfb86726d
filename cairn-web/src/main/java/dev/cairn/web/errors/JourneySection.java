package dev.cairn.web.errors;

import dev.cairn.journey.Journey;
import dev.cairn.web.settings.Settings;
import java.util.List;
import java.util.StringJoiner;

/**
 * The journey so far, as the technical page shows it: one row per stop (time, layer, event, facts), so that a
 * developer sees what each layer did to the request before it failed. Facts with secret-looking names are
 * redacted, and so are secret-looking query parameters of a request target.
 */
final class JourneySection {

    private JourneySection() {}

    static void write(Html html) {
        Journey journey = Journey.current();
        if (journey == null) {
            html.element("p", "No journey is being recorded for this request.");
            return;
        }
        html.element("p", "Journey " + journey.id() + ", begun at " + journey.started() + ".");
        html.open("table", null).row(List.of("Time", "Layer", "Event", "Facts"));
        for (Journey.Stop stop : journey.stops()) {
            html.row(List.of(String.format("+%.3f ms", stop.nanos() / 1e6), stop.layer(), stop.event(),
                    facts(stop)));
        }
        html.close("table");
    }

    private static String facts(Journey.Stop stop) {
        StringJoiner joined = new StringJoiner(", ");
        stop.facts().forEach((name, value) -> {
            String shown = Settings.redact(name, String.valueOf(value));
            joined.add(name + "=" + (name.equals("target") ? RequestSection.redactTarget(shown) : shown));
        });
        return joined.toString();
    }
}
