package lat.faro.shared.security;

import java.util.List;

/**
 * Paths a module serves to everyone, signed in or not. Each module declares its own as a bean;
 * the identity module's security chain permits exactly these and requires a signed-in person
 * everywhere else. {@code readOnly} paths are open to GET and HEAD only; {@code anyMethod} paths
 * (a sign-in form, the language switch) to every method, CSRF still applying.
 */
public record PublicPaths(List<String> readOnly, List<String> anyMethod) {

    public static PublicPaths readOnly(String... patterns) {
        return new PublicPaths(List.of(patterns), List.of());
    }

    public static PublicPaths anyMethod(String... patterns) {
        return new PublicPaths(List.of(), List.of(patterns));
    }
}
