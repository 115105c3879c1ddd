/**
 * The few types every module shares: country codes, roles and scopes, audit events and the web
 * plumbing (layout, languages, error pages). Nothing here belongs to one module alone.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Shared")
package lat.faro.shared;

import org.jspecify.annotations.NullMarked;
