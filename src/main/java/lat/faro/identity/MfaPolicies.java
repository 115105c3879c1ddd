package lat.faro.identity;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which roles must sign in with a second factor; a role absent from the table does not. */
@Repository
class MfaPolicies {

    private final JdbcClient jdbc;

    MfaPolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Role, Boolean> all() {
        var map = new EnumMap<Role, Boolean>(Role.class);
        for (Role r : Role.values()) {
            map.put(r, false);
        }
        jdbc.sql("select role, required from mfa_policy").query((rs, n) -> {
            map.put(Role.valueOf(rs.getString("role")), rs.getBoolean("required"));
            return null;
        }).list();
        return map;
    }

    boolean requiredFor(Set<Grant> grants) {
        Map<Role, Boolean> policy = all();
        return grants.stream().anyMatch(g -> policy.getOrDefault(g.role(), false));
    }

    void set(Role role, boolean required) {
        int updated = jdbc.sql("update mfa_policy set required = :r where role = :role")
                .param("r", required).param("role", role.name()).update();
        if (updated == 0) {
            jdbc.sql("insert into mfa_policy (role, required) values (:role, :r)")
                    .param("r", required).param("role", role.name()).update();
        }
    }
}
