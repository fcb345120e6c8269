package dk.jobvej.employer.web;

import java.util.Objects;

import dk.jobvej.employer.VacancyKind;
import dk.jobvej.employer.internal.Commands.NewTask;
import dk.jobvej.employer.internal.Commands.NewVacancy;
import dk.jobvej.employer.web.EmployerRequests.CarveTask;
import dk.jobvej.employer.web.EmployerRequests.OpenVacancy;

/** Turns validated requests into the module's commands. */
final class VacancyRequests {

	private VacancyRequests() {
	}

	static NewVacancy command(OpenVacancy request) {
		return new NewVacancy(Objects.requireNonNull(request.occupation()), Objects.requireNonNull(request.title()),
				Objects.requireNonNull(request.description()), Objects.requireNonNull(request.hoursPerWeek()),
				Objects.requireNonNull(request.postcode()), Objects.requireNonNull(request.city()), request.startsOn(),
				request.deadline(), request.kind() == null ? VacancyKind.JOB : request.kind());
	}

	static NewTask task(CarveTask request) {
		return new NewTask(Objects.requireNonNull(request.occupation()), Objects.requireNonNull(request.title()),
				Objects.requireNonNull(request.description()), Objects.requireNonNull(request.hoursPerWeek()));
	}

}
