/**
 * Regional insight: statistics over the published results of every round (native assessments
 * and imported historic results), dashboards, reports and open data. It listens to the other
 * modules and reads them through their public services; nothing depends on it.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Insight",
        allowedDependencies = {"shared", "shared :: security", "shared :: web", "shared :: tables", "framework", "directory",
                "assessment"})
package lat.faro.insight;

import org.jspecify.annotations.NullMarked;
