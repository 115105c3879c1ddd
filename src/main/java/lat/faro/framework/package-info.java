/**
 * Maturity models and control baselines as versioned data: shipped YAML files and admin uploads,
 * validated in full on load, and the mappings between editions. Other modules read frameworks
 * through {@link lat.faro.framework.FrameworkLibrary}; nothing here knows about assessments.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Frameworks",
        allowedDependencies = {"shared", "shared :: security", "shared :: web"})
package lat.faro.framework;

import org.jspecify.annotations.NullMarked;
