package lat.faro.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is: lets an API client check its token and see its grants. */
@RestController
@Tag(name = "Identity", description = "The caller's own account")
class MeApiController {

    /** The caller's account as the API shows it. */
    record Me(String email, String displayName, String locale, List<GrantDto> grants) {}

    /** One grant: a role within a scope ({@code *} for the whole programme). */
    record GrantDto(String role, String scope, String value) {}

    private final AccountSettings accounts;

    MeApiController(AccountSettings accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The signed-in person or the owner of the API token, with their grants")
    Me me() {
        var profile = accounts.profile(CurrentUser.get().userId());
        var grants = profile.grants().stream()
                .map(g -> new GrantDto(g.role().name(), g.kind().name(), g.value()))
                .sorted(java.util.Comparator.comparing(GrantDto::role).thenComparing(GrantDto::value))
                .toList();
        return new Me(profile.email(), profile.displayName(), profile.locale(), grants);
    }
}
