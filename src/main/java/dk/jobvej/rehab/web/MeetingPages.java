package dk.jobvej.rehab.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import dk.jobvej.identity.Organisation;
import dk.jobvej.identity.Role;
import dk.jobvej.rehab.RehabCaseId;
import dk.jobvej.rehab.TeamFunction;
import dk.jobvej.rehab.internal.TeamMeetings;
import dk.jobvej.rehab.internal.TeamMember;
import dk.jobvej.rehab.web.RehabRequests.AgendaCase;
import dk.jobvej.rehab.web.RehabRequests.PlanMeeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Meetings of the rehabilitation team (/rehabilitering/moeder), a meeting's agenda with each
 * case's missing documents (/rehabilitering/moeder/{id}) and the teams (/rehabilitering/teams).
 */
@Controller
class MeetingPages {

	/** How many member rows the team form offers. */
	static final int MEMBER_ROWS = 6;

	private final TeamMeetings meetings;

	private final Organisation organisation;

	private final RehabForms forms;

	private final Clock clock;

	MeetingPages(TeamMeetings meetings, Organisation organisation, RehabForms forms, Clock clock) {
		this.meetings = meetings;
		this.organisation = organisation;
		this.forms = forms;
		this.clock = clock;
	}

	@GetMapping("/rehabilitering/moeder")
	String meetings(Model model) {
		meetingsModel(new PlanMeeting(null, LocalDate.now(clock), LocalTime.of(9, 0), null, 30), forms.none("meeting"),
				model);
		return "rehab/meetings";
	}

	@PostMapping("/rehabilitering/moeder")
	String plan(@Valid @ModelAttribute("form") PlanMeeting form, BindingResult binding, Model model, Locale locale) {
		var created = new UUID[1];
		var errors = forms.run("meeting", binding, locale,
				() -> created[0] = meetings.plan(Objects.requireNonNull(form.team()),
						Objects.requireNonNull(form.heldOn()), Objects.requireNonNull(form.startsAt()),
						Objects.requireNonNull(form.location()), form.slotMinutes() == null ? 30 : form.slotMinutes()));
		if (!errors.any()) {
			return "redirect:/rehabilitering/moeder/" + created[0];
		}
		meetingsModel(form, errors, model);
		return "rehab/meetings";
	}

	private void meetingsModel(PlanMeeting form, FormErrors errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("meetings", meetings.meetings());
		model.addAttribute("teams", meetings.teams());
	}

	@GetMapping("/rehabilitering/moeder/{id}")
	String agenda(@PathVariable UUID id, Model model) {
		agendaModel(id, forms.none("agenda"), model);
		return "rehab/meeting";
	}

	@PostMapping("/rehabilitering/moeder/{id}/dagsorden")
	String add(@PathVariable UUID id, @Valid @ModelAttribute("agendaForm") AgendaCase form, BindingResult binding,
			Model model, Locale locale) {
		var errors = forms.run("agenda", binding, locale,
				() -> meetings.addToAgenda(id, new RehabCaseId(Objects.requireNonNull(form.rehabCase()))));
		if (!errors.any()) {
			return "redirect:/rehabilitering/moeder/" + id;
		}
		agendaModel(id, errors, model);
		return "rehab/meeting";
	}

	@PostMapping("/rehabilitering/moeder/{id}/dagsorden/fjern")
	String remove(@PathVariable UUID id, @Valid @ModelAttribute("agendaForm") AgendaCase form, BindingResult binding,
			Model model, Locale locale) {
		var errors = forms.run("agenda", binding, locale,
				() -> meetings.removeFromAgenda(id, new RehabCaseId(Objects.requireNonNull(form.rehabCase()))));
		if (!errors.any()) {
			return "redirect:/rehabilitering/moeder/" + id;
		}
		agendaModel(id, errors, model);
		return "rehab/meeting";
	}

	private void agendaModel(UUID id, FormErrors errors, Model model) {
		model.addAttribute("agenda", meetings.agenda(id));
		model.addAttribute("errors", errors);
		model.addAttribute("today", LocalDate.now(clock));
	}

	/** The team form: a name and rows of members; rows left empty are skipped. */
	record TeamForm(@NotBlank(message = "{rehab.validation.required}") @Size(max = 200,
			message = "{rehab.validation.tooLongSize}") @Nullable String name, @Nullable TeamFunction[] function,
			@Nullable String[] member) {
	}

	@GetMapping("/rehabilitering/teams")
	String teams(Model model) {
		teamsModel(new TeamForm(null, null, null), forms.none("team"), model);
		return "rehab/teams";
	}

	@PostMapping("/rehabilitering/teams")
	String formTeam(@Valid @ModelAttribute("form") TeamForm form, BindingResult binding, Model model, Locale locale) {
		var errors = forms.run("team", binding, locale, () -> meetings.formTeam(Objects.requireNonNull(form.name()),
				members(form)));
		if (!errors.any()) {
			return "redirect:/rehabilitering/teams";
		}
		teamsModel(form, errors, model);
		return "rehab/teams";
	}

	private static java.util.List<TeamMember> members(TeamForm form) {
		var members = new ArrayList<TeamMember>();
		var functions = form.function() == null ? new TeamFunction[0] : form.function();
		var names = form.member() == null ? new String[0] : form.member();
		for (var i = 0; i < Math.min(functions.length, names.length); i++) {
			if (functions[i] != null && names[i] != null && !names[i].isBlank()) {
				members.add(new TeamMember(functions[i], names[i]));
			}
		}
		return members;
	}

	private void teamsModel(TeamForm form, FormErrors errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("teams", meetings.teams());
		model.addAttribute("required", meetings.requiredFunctions());
		model.addAttribute("functions", TeamFunction.values());
		model.addAttribute("rows", MEMBER_ROWS);
		model.addAttribute("leader", organisation.signedIn().has(Role.TEAM_LEADER));
	}

}
