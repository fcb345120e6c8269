package dk.jobvej.employer.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import dk.jobvej.citizen.CitizenRegister;
import dk.jobvej.employer.PlacementType;
import dk.jobvej.employer.VacancyStatus;
import dk.jobvej.employer.internal.Commands.EndPlacement;
import dk.jobvej.employer.internal.Commands.FollowUpResult;
import dk.jobvej.employer.internal.Commands.NewPlacement;
import dk.jobvej.employer.internal.Views.DueFollowUp;
import dk.jobvej.employer.internal.Views.FollowUpView;
import dk.jobvej.employer.internal.Views.PlacementView;
import dk.jobvej.identity.Organisation;
import dk.jobvej.platform.NotFound;
import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placements of citizens at companies and the follow-up after hiring (efterværn). Every step that
 * names the citizen opens them through {@link CitizenRegister} (need-to-know, audited); lists of
 * placements and follow-up tasks show the company, not the citizen.
 */
@Service
@Transactional(noRollbackFor = dk.jobvej.citizen.NoAccess.class)
public class PlacementService {

	private final Placements placements;

	private final CompanyRegistry companies;

	private final VacancyIntake vacancies;

	private final CitizenRegister citizens;

	private final Organisation organisation;

	private final JdbcClient jdbc;

	private final EmployerProperties properties;

	private final Clock clock;

	PlacementService(Placements placements, CompanyRegistry companies, VacancyIntake vacancies,
			CitizenRegister citizens, Organisation organisation, JdbcClient jdbc, EmployerProperties properties,
			Clock clock) {
		this.placements = placements;
		this.companies = companies;
		this.vacancies = vacancies;
		this.citizens = citizens;
		this.organisation = organisation;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Places the citizen at the company. Hiring into employment from a vacancy fills the vacancy,
	 * and employment gets the default follow-up after hiring.
	 */
	public UUID start(NewPlacement command) {
		var me = organisation.signedIn();
		citizens.open(command.citizen(), "placement");
		var company = companies.find(command.company(), null);
		if (command.vacancy() != null) {
			vacancies.view(command.vacancy(), me.municipalityCode());
		}
		var placement = Placement.start(command.citizen(), company.id(), company.cvr(), command.vacancy(),
				command.type(), command.from(), command.plannedTo(), command.hoursPerWeek(), me.username(),
				company.municipalityCode());
		if (command.type().employment()) {
			placement.agreeFollowUp(properties.followUpWeeks());
		}
		var saved = placements.save(placement);
		if (command.vacancy() != null && (command.type() == PlacementType.ORDINAERT_JOB
				|| command.type() == PlacementType.FLEKSJOB)) {
			var open = jdbc.sql("select status from employer.vacancy where id = ?")
				.param(command.vacancy())
				.query(String.class)
				.single();
			if (VacancyStatus.OPEN.name().equals(open)) {
				vacancies.close(command.vacancy(), me.municipalityCode(), VacancyStatus.FILLED, null);
			}
		}
		return saved.id();
	}

	public void end(UUID id, EndPlacement command, @Nullable Integer version) {
		var placement = find(id, version);
		citizens.open(placement.citizen(), "placement-end");
		placement.end(command.to(), command.reason());
		placements.save(placement);
	}

	/** Agrees the follow-up points (weeks after the start) of a placement in employment that has none. */
	public void agreeFollowUp(UUID id, List<Integer> weeks, @Nullable Integer version) {
		var placement = find(id, version);
		placement.agreeFollowUp(weeks);
		placements.save(placement);
	}

	public void recordFollowUp(UUID id, FollowUpResult result) {
		var placement = find(id, null);
		citizens.open(placement.citizen(), "follow-up");
		placement.recordFollowUp(result.position(), result.outcome(), result.note(), LocalDate.now(clock));
		placements.save(placement);
	}

	/** The placement with the citizen's name, opened through need-to-know (audited). */
	public PlacementView view(UUID id) {
		var placement = find(id, null);
		var citizen = citizens.open(placement.citizen(), "placement");
		var company = companies.find(placement.company(), null);
		var followUps = placement.followUps();
		return new PlacementView(placement.id(), placement.citizen().value(), citizen.name(), citizen.maskedCpr(),
				company.id(), company.name(), company.cvr().value(), placement.type(), placement.from(),
				placement.plannedTo(), placement.endedOn(), placement.endReason(), placement.hoursPerWeek(),
				IntStream.range(0, followUps.size())
					.mapToObj(i -> new FollowUpView(i, followUps.get(i).dueOn(), followUps.get(i).doneOn(),
							followUps.get(i).outcome(), followUps.get(i).note()))
					.toList());
	}

	/** Follow-up tasks not yet done and due within two weeks, of the caller's municipality, oldest first. */
	@Transactional(readOnly = true)
	public List<DueFollowUp> due() {
		var me = organisation.signedIn();
		return jdbc.sql("""
				select f.placement, f.position, f.due_on, c.name, p.type, p.from_date
				from employer.follow_up f
				join employer.placement p on p.id = f.placement
				join employer.company c on c.id = p.company
				where f.done_on is null and f.due_on <= ? and p.municipality_code = ? and p.ended_on is null
				order by f.due_on, c.name limit 200""")
			.params(LocalDate.now(clock).plusWeeks(2), me.municipalityCode())
			.query((rs, n) -> new DueFollowUp(rs.getObject(1, UUID.class), rs.getInt(2),
					rs.getObject(3, LocalDate.class), rs.getString(4), PlacementType.valueOf(rs.getString(5)),
					rs.getObject(6, LocalDate.class)))
			.list();
	}

	private Placement find(UUID id, @Nullable Integer version) {
		var me = organisation.signedIn();
		var placement = placements.findById(id)
			.filter(found -> found.municipalityCode() == me.municipalityCode())
			.orElseThrow(() -> new NotFound("employer.placement.notFound"));
		if (version != null && !version.equals(placement.version())) {
			throw new OptimisticLockingFailureException("Placement changed since version " + version);
		}
		return placement;
	}

	static void requireKnown(@Nullable Object value, String field) {
		if (value == null) {
			throw new RuleViolation(field, "employer.validation.required");
		}
	}

}
