package dk.jobvej.cv.web;

import dk.jobvej.portal.MinSideLink;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts "Mit CV" on the front page of Min side. */
@Configuration(proxyBeanMethods = false)
class CvMinSide {

	@Bean
	MinSideLink cvLink() {
		return new MinSideLink("cv.minSide.title", "cv.minSide.text", "/min-side/cv", 20);
	}

}
