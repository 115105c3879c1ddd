package lat.faro.shared.security;

/** How far a grant reaches: the whole programme, one country, or one organisation. */
public enum ScopeKind {
    PROGRAMME,
    COUNTRY,
    ORGANISATION
}
