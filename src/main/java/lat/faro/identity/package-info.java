/**
 * Who is who and who may do what: users, roles granted within a scope, sign-in with a second
 * factor, API tokens, and the security rules every request passes through.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
        allowedDependencies = {"shared", "shared :: security", "shared :: web", "directory"})
package lat.faro.identity;

import org.jspecify.annotations.NullMarked;
