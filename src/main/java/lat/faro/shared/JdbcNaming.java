package lat.faro.shared;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Spring Data JDBC writes table and column names unquoted, so that each database folds them the
 * same way (lower case on PostgreSQL and on H2 with {@code DATABASE_TO_LOWER}). Quoted names
 * would follow each dialect's own casing and break the shared migrations.
 */
@Configuration(proxyBeanMethods = false)
class JdbcNaming {

    @Bean
    static BeanPostProcessor unquotedJdbcNames() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof RelationalMappingContext context) {
                    context.setForceQuote(false);
                }
                return bean;
            }
        };
    }
}
