package lat.faro.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every endpoint the application maps, as concrete method + path pairs to fire requests at. */
final class EndpointSweep {

    record Endpoint(HttpMethod method, String pattern, String path) {
        boolean isApi() {
            return path.startsWith("/api/");
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    private EndpointSweep() {}

    /** Our own endpoints (package {@code lat.faro}), path variables filled with plausible values. */
    static List<Endpoint> of(RequestMappingHandlerMapping mapping) {
        var result = new ArrayList<Endpoint>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("lat.faro")) {
                return;
            }
            for (String pattern : patterns(info)) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                var list = methods.isEmpty() ? List.of(RequestMethod.GET, RequestMethod.POST) : List.copyOf(methods);
                for (RequestMethod m : list) {
                    result.add(new Endpoint(HttpMethod.valueOf(m.name()), pattern, fill(pattern)));
                }
            }
        });
        result.sort(java.util.Comparator.comparing(Endpoint::toString));
        return result;
    }

    private static Set<String> patterns(RequestMappingInfo info) {
        return info.getPatternValues();
    }

    static String fill(String pattern) {
        return pattern.replaceAll("\\{(code|country|iso|countryCode)}", "AR")
                .replaceAll("\\{slug}", "egov-cybersecurity")
                .replaceAll("\\{secret}", "no-such-secret")
                .replaceAll("\\{[^}]+}", "1");
    }
}
