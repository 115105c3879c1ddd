package lat.faro.identity;

import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import lat.faro.shared.security.ScopeKind;

/** One row of {@code user_grant}: a role within a scope, owned by its user. */
record UserGrant(String role, String scopeKind, String scopeValue) {

    static UserGrant of(Grant grant) {
        return new UserGrant(grant.role().name(), grant.kind().name(), grant.value());
    }

    Grant toGrant() {
        return new Grant(Role.valueOf(role), ScopeKind.valueOf(scopeKind), scopeValue);
    }
}
