package lat.faro;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Faro: e-government cybersecurity capacity building for Latin America and the Caribbean. */
@Modulithic(systemName = "Faro", sharedModules = "shared")
@SpringBootApplication
@ConfigurationPropertiesScan
public class FaroApplication {

    public static void main(String[] args) {
        SpringApplication.run(FaroApplication.class, args);
    }
}
