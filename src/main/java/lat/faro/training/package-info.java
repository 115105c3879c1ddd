/**
 * Capacity building: courses tied to the maturity factors and aspects they address, training
 * events in member states, registration, attendance, pre- and post-tests with learning gain,
 * surveys and verifiable certificates. It reads the framework, directory and assessment modules
 * through their public services.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Training",
        allowedDependencies = {"shared", "shared :: security", "shared :: web", "shared :: tables", "framework", "directory",
                "assessment"})
package lat.faro.training;

import org.jspecify.annotations.NullMarked;
