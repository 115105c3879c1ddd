/** Roles, scopes and the one place that decides whether the current person covers a scope. */
@NullMarked
@org.springframework.modulith.NamedInterface("security")
package lat.faro.shared.security;

import org.jspecify.annotations.NullMarked;
