package dk.jobvej.platform.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Danish first; English on request. Pages switch with {@code ?lang=en} (remembered in a
 * cookie); the API follows Accept-Language when no cookie is set.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final Locale DANISH = Locale.forLanguageTag("da");

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("jobvej-lang");
		resolver.setDefaultLocaleFunction(request -> {
			var header = request.getHeader("Accept-Language");
			return header != null && header.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : DANISH;
		});
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		registry.addInterceptor(interceptor);
	}

}
