package dk.jobvej.plan.web;

import dk.jobvej.portal.MinSideLink;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts "Min plan" and "Digital Jobhjælp" on the front page of Min side. */
@Configuration(proxyBeanMethods = false)
class PlanMinSide {

	@Bean
	MinSideLink planLink() {
		return new MinSideLink("plan.minSide.planTitle", "plan.minSide.planText", "/min-side/plan", 30);
	}

	@Bean
	MinSideLink helpLink() {
		return new MinSideLink("plan.minSide.helpTitle", "plan.minSide.helpText", "/min-side/jobhjaelp", 40);
	}

}
