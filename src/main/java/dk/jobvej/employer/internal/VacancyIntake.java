package dk.jobvej.employer.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dk.jobvej.employer.CompanyId;
import dk.jobvej.employer.VacancyClosed;
import dk.jobvej.employer.VacancyId;
import dk.jobvej.employer.VacancyKind;
import dk.jobvej.employer.VacancyPublished;
import dk.jobvej.employer.VacancyStatus;
import dk.jobvej.employer.internal.Commands.NewTask;
import dk.jobvej.employer.internal.Commands.NewVacancy;
import dk.jobvej.employer.internal.Views.VacancyView;
import dk.jobvej.occupation.OccupationCode;
import dk.jobvej.occupation.Taxonomy;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.jspecify.annotations.Nullable;

/**
 * The recruitment unit's intake of vacancies (Rekrutteringsenheden, seed 003): from a consultant
 * or from the company in the employer portal; job carving into tasks when no full candidate
 * exists; small tasks; filling and closing. Publishes {@link VacancyPublished} and
 * {@link VacancyClosed}.
 */
@Service
@Transactional
public class VacancyIntake {

	private final Vacancies vacancies;

	private final Companies companies;

	private final EmployerQueries queries;

	private final Taxonomy taxonomy;

	private final ApplicationEventPublisher events;

	private final EmployerProperties properties;

	private final Clock clock;

	VacancyIntake(Vacancies vacancies, Companies companies, EmployerQueries queries, Taxonomy taxonomy,
			ApplicationEventPublisher events, EmployerProperties properties, Clock clock) {
		this.vacancies = vacancies;
		this.companies = companies;
		this.queries = queries;
		this.taxonomy = taxonomy;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** Opens a vacancy at a company of the municipality (by a consultant, or the company itself in the portal). */
	public UUID open(UUID company, int municipalityCode, NewVacancy command, VacancySource source, String createdBy) {
		var owner = companies.findById(company)
			.filter(found -> found.municipalityCode() == municipalityCode)
			.orElseThrow(() -> new NotFound("employer.company.notFound"));
		if (command.kind() == VacancyKind.TASK) {
			throw new RuleViolation("kind", "employer.vacancy.tasksAreCarved");
		}
		var vacancy = Vacancy.open(owner.id(), null, occupation(command.occupation()), command.title(),
				command.description(), command.hoursPerWeek(), command.postcode(), command.city(), command.startsOn(),
				command.deadline(), command.kind(), source, createdBy, LocalDate.now(clock), municipalityCode,
				properties.smallTaskMinimumHours());
		return publish(vacancies.save(vacancy));
	}

	/** Carves tasks out of an open job: each task becomes a vacancy of its own. */
	public List<UUID> carve(UUID job, int municipalityCode, List<NewTask> tasks, String createdBy) {
		var vacancy = find(job, municipalityCode, null);
		if (tasks.isEmpty()) {
			throw new RuleViolation("tasks", "employer.vacancy.noTasks");
		}
		var carved = new ArrayList<UUID>();
		for (var task : tasks) {
			carved.add(publish(vacancies.save(vacancy.carve(occupation(task.occupation()), task.title(),
					task.description(), task.hoursPerWeek(), createdBy, LocalDate.now(clock),
					properties.smallTaskMinimumHours()))));
		}
		return carved;
	}

	/** Marks an open vacancy filled or closed; the tasks carved from it go with it. */
	public void close(UUID id, int municipalityCode, VacancyStatus outcome, @Nullable Integer version) {
		var vacancy = find(id, municipalityCode, version);
		vacancy.close(outcome);
		vacancies.save(vacancy);
		events.publishEvent(new VacancyClosed(new VacancyId(vacancy.id()), outcome, municipalityCode));
		for (var task : vacancies.findByParent(vacancy.id())) {
			if (task.status() == VacancyStatus.OPEN) {
				task.close(outcome);
				vacancies.save(task);
				events.publishEvent(new VacancyClosed(new VacancyId(task.id()), outcome, municipalityCode));
			}
		}
	}

	@Transactional(readOnly = true)
	public VacancyView view(UUID id, int municipalityCode) {
		var facts = queries.vacancy(new VacancyId(id))
			.filter(found -> found.municipalityCode() == municipalityCode)
			.orElseThrow(() -> new NotFound("employer.vacancy.notFound"));
		var title = taxonomy.byCode(facts.occupation()).map(o -> o.danish()).orElse(facts.occupation().value());
		return new VacancyView(facts, title, queries.tasksOf(id));
	}

	/** A vacancy as the company sees it in the portal: only its own. */
	@Transactional(readOnly = true)
	public VacancyView viewForCompany(UUID id, CompanyId company) {
		var view = queries.vacancy(new VacancyId(id))
			.filter(found -> found.company().equals(company))
			.orElseThrow(() -> new NotFound("employer.vacancy.notFound"));
		return view(id, view.municipalityCode());
	}

	private Vacancy find(UUID id, int municipalityCode, @Nullable Integer version) {
		var vacancy = vacancies.findById(id)
			.filter(found -> found.municipalityCode() == municipalityCode)
			.orElseThrow(() -> new NotFound("employer.vacancy.notFound"));
		if (version != null && !version.equals(vacancy.version())) {
			throw new OptimisticLockingFailureException("Vacancy changed since version " + version);
		}
		return vacancy;
	}

	private OccupationCode occupation(String code) {
		return OccupationCode.tryParse(code.strip())
			.filter(parsed -> taxonomy.byCode(parsed).isPresent())
			.orElseThrow(() -> new RuleViolation("occupation", "employer.occupation.unknown"));
	}

	private UUID publish(Vacancy saved) {
		queries.vacancy(new VacancyId(saved.id())).ifPresent(facts -> events.publishEvent(new VacancyPublished(facts)));
		return saved.id();
	}

}
