package dk.jobvej.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The endpoints Spring MVC serves under the guarded paths ({@code /api/}, {@code /borgere},
 * {@code /admin}, {@code /revision}, {@code /min-side} and each module's own page paths), as
 * "METHOD /path/{variable}" with any pattern of a path
 * variable left out, each with whether its mappings answer plain requests (false), only htmx
 * requests (true, {@link HxRequest}) or both. The login pages, the start page, {@code /error},
 * the OpenAPI document and actuator lie outside these paths.
 */
final class MvcEndpoints {

	private static final Set<String> GUARDED = Set.of("/api/", "/borgere", "/admin", "/revision", "/min-side",
			"/samtaler", "/opgaver", "/raadighed", "/tilbudsvifte", "/maal", "/brugermaaling", "/svar", "/resultater",
			"/virksomheder", "/stillinger", "/opfoelgning", "/placeringer", "/virksomhedsportal", "/matchning", "/kandidatbank",
			"/rehabilitering", "/sygedagpenge", "/unge",
			"/programmer", "/smaajob", "/vaekst-via-viden");

	/** Sign-in pages are open to anyone. */
	private static final Set<String> OPEN = Set.of("/min-side/login", "/virksomhedsportal/login",
			"/smaajob/meld-opgave/{slug}", "/smaajob/meld-opgave/{slug}/tak");

	private MvcEndpoints() {
	}

	static Map<String, Set<Boolean>> of(RequestMappingHandlerMapping mappings) {
		var endpoints = new TreeMap<String, Set<Boolean>>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			for (var pattern : info.getPatternValues()) {
				if (GUARDED.stream().noneMatch(pattern::startsWith) || OPEN.contains(pattern)) {
					continue;
				}
				var methods = info.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
				for (var method : methods.isEmpty() ? List.of("ANY-METHOD") : methods) {
					endpoints.computeIfAbsent(method + " " + withoutRegex(pattern), key -> new TreeSet<>())
						.add(htmxOnly(handler));
				}
			}
		});
		return endpoints;
	}

	private static boolean htmxOnly(HandlerMethod handler) {
		return handler.hasMethodAnnotation(HxRequest.class)
				|| AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), HxRequest.class);
	}

	/** {@code /borgere/{id:[0-9a-f-]{36}}} becomes {@code /borgere/{id}}. */
	static String withoutRegex(String pattern) {
		var plain = new StringBuilder();
		var depth = 0;
		var skipping = false;
		for (var c : pattern.toCharArray()) {
			if (c == '{' && ++depth == 1) {
				plain.append(c);
				continue;
			}
			if (c == '}' && --depth == 0) {
				skipping = false;
				plain.append(c);
				continue;
			}
			if (depth == 1 && c == ':') {
				skipping = true;
			}
			if (!skipping) {
				plain.append(c);
			}
		}
		return plain.toString();
	}

}
