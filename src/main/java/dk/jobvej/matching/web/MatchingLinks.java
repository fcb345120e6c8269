package dk.jobvej.matching.web;

import dk.jobvej.employer.VacancyLink;
import dk.jobvej.portal.MinSideLink;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Matching's links on the vacancy pages (staff and employer portal) and on Min side. */
@Configuration(proxyBeanMethods = false)
class MatchingLinks {

	@Bean
	VacancyLink candidatesLink() {
		return new VacancyLink("matching.link.candidates", "/matchning/stillinger/{id}", false);
	}

	@Bean
	VacancyLink portalCandidatesLink() {
		return new VacancyLink("matching.link.portalCandidates", "/virksomhedsportal/stillinger/{id}/kandidater", true);
	}

	@Bean
	MinSideLink candidateBankLink() {
		return new MinSideLink("matching.minSide.title", "matching.minSide.text", "/min-side/kandidatbank", 30);
	}

}
