package lat.faro.shared.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The static files, each folder under its own path: stylesheets, scripts and images with a content
 * hash in their links ({@code /css/faro-<md5>.css}), the map geometry and the sample files, and the
 * WebJars with their version. All are cached by browsers for {@code faro.web.static-max-age}.
 *
 * <p>Why not Spring Boot's default mapping of {@code /**}: every link a page writes goes through
 * the resource URL provider to be versioned, and under {@code /**} each link to a page (not a file)
 * was looked for on the class path and missed, uncached, every time; on a page with hundreds of
 * links that was most of its time. Mapped per folder, a link to a page matches no pattern and costs
 * nothing (see the training benchmarks in docs/benchmarks.md).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    /** Folders under {@code classpath:/static/}; the first three get content-hashed links. */
    private static final String[] HASHED = {"css", "js", "img"};
    private static final String[] PLAIN = {"maps", "samples"};

    private final CacheControl cache;

    StaticResources(@Value("${faro.web.static-max-age:P7D}") Duration maxAge) {
        this.cache = CacheControl.maxAge(maxAge);
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : HASHED) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(cache).resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        for (String folder : PLAIN) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(cache).resourceChain(true);
        }
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(cache).resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }
}
