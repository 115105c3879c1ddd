package lat.faro.identity;

import static org.assertj.core.api.Assertions.assertThat;

import lat.faro.shared.security.Grant;
import lat.faro.shared.security.Role;
import lat.faro.test.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

@DatabaseTest
@SpringBootTest(properties = {"faro.demo.enabled=false", "faro.identity.bootstrap.admin-email=Root@Gob.Example",
        "faro.identity.bootstrap.admin-password=una clave larga del entorno"})
class FirstAdminFromEnvironmentIntegrationTests {

    @Autowired Users users;
    @Autowired PasswordEncoder encoder;

    @Test
    void createsTheFirstAdministratorFromTheEnvironmentWithAHashedPassword() {
        var admin = users.findByEmail("root@gob.example").orElseThrow();
        assertThat(admin.grants()).containsExactly(Grant.programme(Role.ADMIN));
        assertThat(admin.passwordHash()).startsWith("$argon2id$").doesNotContain("una clave larga");
        assertThat(encoder.matches("una clave larga del entorno", admin.passwordHash())).isTrue();
        assertThat(users.count()).isEqualTo(1);
    }
}
