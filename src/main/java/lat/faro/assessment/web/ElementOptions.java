package lat.faro.assessment.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lat.faro.framework.Dimension;
import lat.faro.framework.Factor;
import lat.faro.framework.Framework;
import lat.faro.framework.ScoringUnit;
import lat.faro.framework.Texts;

/**
 * The factors and aspects of a framework that statements and decisions may be about, grouped by
 * dimension for a select, and their order, for listing what was said in the framework's order.
 */
record ElementOptions(List<Group> groups, Map<String, Integer> order) {

    /** A dimension's label and its elements. */
    record Group(String label, String lang, List<Option> options) {}

    record Option(String id, String label, String lang) {}

    static ElementOptions of(Framework framework, Locale locale) {
        List<Group> groups = new ArrayList<>();
        Map<String, Integer> order = new HashMap<>();
        for (Dimension d : framework.dimensions()) {
            List<Option> options = new ArrayList<>();
            if (d.factors().isEmpty()) {
                // a baseline's function is what there is to talk about
                options.add(option(d.id(), d.name(), locale));
            }
            for (Factor f : d.factors()) {
                options.add(option(f.id(), f.name(), locale));
                if (f.hasAspects()) {
                    for (ScoringUnit u : f.units()) {
                        options.add(option(u.id(), u.name(), locale));
                    }
                }
            }
            options.forEach(o -> order.put(o.id(), order.size()));
            groups.add(new Group(d.id() + " · " + d.name().in(locale), d.name().languageFor(locale), options));
        }
        return new ElementOptions(groups, order);
    }

    private static Option option(String id, Texts name, Locale locale) {
        return new Option(id, id + " · " + name.in(locale), name.languageFor(locale));
    }

    int position(String elementId) {
        return order.getOrDefault(elementId, Integer.MAX_VALUE);
    }
}
