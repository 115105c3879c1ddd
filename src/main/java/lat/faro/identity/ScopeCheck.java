package lat.faro.identity;

import lat.faro.directory.DirectoryQueries;
import lat.faro.shared.security.Grant;
import lat.faro.shared.web.InvalidFieldException;
import org.springframework.stereotype.Component;

/** Refuses grants whose scope does not exist: a country must be a member state, an organisation known. */
@Component
class ScopeCheck {

    private final DirectoryQueries directory;

    ScopeCheck(DirectoryQueries directory) {
        this.directory = directory;
    }

    void check(Grant grant) {
        switch (grant.kind()) {
            case PROGRAMME -> { }
            case COUNTRY -> {
                if (!directory.isMemberState(grant.value())) {
                    throw InvalidFieldException.invalid("scopeValue", "identity.grant.unknownCountry", grant.value());
                }
            }
            case ORGANISATION -> {
                boolean known = grant.value().matches("\\d{1,18}")
                        && directory.organisation(Long.parseLong(grant.value())).isPresent();
                if (!known) {
                    throw InvalidFieldException.invalid("scopeValue", "identity.grant.unknownOrganisation", grant.value());
                }
            }
        }
    }
}
