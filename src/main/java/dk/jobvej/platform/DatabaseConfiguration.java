package dk.jobvej.platform;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Starts the embedded PostgreSQL unless {@code jobvej.database.embedded=false}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "jobvej.database.embedded", havingValue = "true", matchIfMissing = true)
class DatabaseConfiguration {

	/** The pool takes the usual {@code spring.datasource.hikari.*} settings (timeouts, size). */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(DatabaseProperties database, DataSourceProperties dataSource) {
		dataSource.setUrl(EmbeddedPostgres.jdbcUrl(database));
		dataSource.setUsername("postgres");
		dataSource.setPassword("postgres");
		return dataSource.initializeDataSourceBuilder().type(HikariDataSource.class).build();
	}

}
