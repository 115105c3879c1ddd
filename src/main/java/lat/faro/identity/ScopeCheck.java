package lat.faro.identity;

import lat.faro.shared.security.Grant;
import lat.faro.shared.web.InvalidFieldException;
import org.springframework.stereotype.Component;

/** Refuses grants whose scope does not exist: a country must be a member state, an organisation known. */
@Component
class ScopeCheck {

    void check(Grant grant) {
        switch (grant.kind()) {
            case PROGRAMME -> { }
            case COUNTRY -> {
                if (!grant.value().matches("[A-Z]{2}")) {
                    throw InvalidFieldException.invalid("scopeValue", "identity.grant.unknownCountry", grant.value());
                }
            }
            case ORGANISATION -> {
                if (!grant.value().matches("\\d{1,18}")) {
                    throw InvalidFieldException.invalid("scopeValue", "identity.grant.unknownOrganisation", grant.value());
                }
            }
        }
    }
}
