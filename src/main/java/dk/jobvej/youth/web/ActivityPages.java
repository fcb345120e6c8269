package dk.jobvej.youth.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import dk.jobvej.citizen.CitizenId;
import dk.jobvej.youth.ClubKind;
import dk.jobvej.youth.FvuResult;
import dk.jobvej.youth.SupporterKind;
import dk.jobvej.youth.internal.Clubs;
import dk.jobvej.youth.internal.GuidanceCafe;
import dk.jobvej.youth.internal.LeisureJobs;
import dk.jobvej.youth.internal.OrderWork;
import dk.jobvej.youth.web.YouthRequests.CreateClub;
import dk.jobvej.youth.web.YouthRequests.CreateJob;
import dk.jobvej.youth.web.YouthRequests.FvuTest;
import dk.jobvej.youth.web.YouthRequests.JoinClub;
import dk.jobvej.youth.web.YouthRequests.Meet;
import dk.jobvej.youth.web.YouthRequests.RegisterYoungPerson;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The guidance café (/unge/vejledningscafe: first meetings and FVU tests), the clubs
 * (/unge/klubber, /unge/klubber/{id}: members and attendance) and the leisure jobs
 * (/unge/fritidsjob: jobs, young people, placements and the share of 13–17-year-olds).
 */
@Controller
class ActivityPages {

	private final GuidanceCafe cafe;

	private final Clubs clubs;

	private final LeisureJobs leisure;

	private final OrderWork orders;

	private final YouthForms forms;

	private final Clock clock;

	ActivityPages(GuidanceCafe cafe, Clubs clubs, LeisureJobs leisure, OrderWork orders, YouthForms forms, Clock clock) {
		this.cafe = cafe;
		this.clubs = clubs;
		this.leisure = leisure;
		this.orders = orders;
		this.forms = forms;
		this.clock = clock;
	}

	@GetMapping("/unge/vejledningscafe")
	String cafe(Model model) {
		cafeModel(forms.none("meet"), forms.none("fvu"), model);
		return "youth/cafe";
	}

	@PostMapping("/unge/vejledningscafe")
	String meet(@Valid @ModelAttribute("meetForm") Meet form, BindingResult binding, Model model, Locale locale) {
		var errors = forms.run("meet", binding, locale, () -> cafe.meet(new CitizenId(Objects.requireNonNull(form.citizen())),
				Objects.requireNonNull(form.metOn()), Boolean.TRUE.equals(form.referToFvu()), form.note()));
		if (!errors.any()) {
			return "redirect:/unge/vejledningscafe";
		}
		cafeModel(errors, forms.none("fvu"), model);
		return "youth/cafe";
	}

	@PostMapping("/unge/vejledningscafe/{id}/fvu")
	String fvu(@PathVariable UUID id, @Valid @ModelAttribute("fvuForm") FvuTest form, BindingResult binding,
			Model model, Locale locale) {
		var errors = forms.run("fvu", binding, locale, () -> cafe.tested(id, Objects.requireNonNull(form.testedOn()),
				Objects.requireNonNull(form.result())));
		if (!errors.any()) {
			return "redirect:/unge/vejledningscafe";
		}
		cafeModel(forms.none("meet"), errors, model);
		return "youth/cafe";
	}

	private void cafeModel(FormErrors meetErrors, FormErrors fvuErrors, Model model) {
		model.addAttribute("intakes", cafe.recent());
		model.addAttribute("choices", orders.choices(null));
		model.addAttribute("results", FvuResult.values());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("meetErrors", meetErrors);
		model.addAttribute("fvuErrors", fvuErrors);
	}

	@GetMapping("/unge/klubber")
	String clubList(Model model) {
		clubsModel(forms.none("club"), model);
		return "youth/clubs";
	}

	@PostMapping("/unge/klubber")
	String createClub(@Valid @ModelAttribute("clubForm") CreateClub form, BindingResult binding, Model model,
			Locale locale) {
		var created = new UUID[1];
		var errors = forms.run("club", binding, locale, () -> created[0] = clubs
			.create(Objects.requireNonNull(form.name()), Objects.requireNonNull(form.kind())));
		if (!errors.any()) {
			return "redirect:/unge/klubber/" + created[0];
		}
		clubsModel(errors, model);
		return "youth/clubs";
	}

	private void clubsModel(FormErrors errors, Model model) {
		model.addAttribute("clubs", clubs.clubs());
		model.addAttribute("kinds", ClubKind.values());
		model.addAttribute("errors", errors);
	}

	@GetMapping("/unge/klubber/{id}")
	String club(@PathVariable UUID id, Model model) {
		clubModel(id, forms.none("member"), forms.none("session"), model);
		return "youth/club";
	}

	@PostMapping("/unge/klubber/{id}/medlemmer")
	String join(@PathVariable UUID id, @Valid @ModelAttribute("memberForm") JoinClub form, BindingResult binding,
			Model model, Locale locale) {
		var errors = forms.run("member", binding, locale,
				() -> clubs.join(id, new CitizenId(Objects.requireNonNull(form.citizen()))));
		if (!errors.any()) {
			return "redirect:/unge/klubber/" + id;
		}
		clubModel(id, errors, forms.none("session"), model);
		return "youth/club";
	}

	/** A club meeting from the page: the day and the boxes ticked for members present. */
	record SessionForm(@jakarta.validation.constraints.NotNull(
			message = "{youth.validation.required}") @Nullable LocalDate heldOn, @Nullable List<UUID> present) {
	}

	@PostMapping("/unge/klubber/{id}/moeder")
	String session(@PathVariable UUID id, @Valid @ModelAttribute("sessionForm") SessionForm form,
			BindingResult binding, Model model, Locale locale) {
		var present = new ArrayList<CitizenId>();
		if (form.present() != null) {
			form.present().forEach(citizen -> present.add(new CitizenId(citizen)));
		}
		var errors = forms.run("session", binding, locale,
				() -> clubs.meet(id, Objects.requireNonNull(form.heldOn()), present));
		if (!errors.any()) {
			return "redirect:/unge/klubber/" + id;
		}
		clubModel(id, forms.none("member"), errors, model);
		return "youth/club";
	}

	private void clubModel(UUID id, FormErrors memberErrors, FormErrors sessionErrors, Model model) {
		model.addAttribute("club", clubs.club(id));
		model.addAttribute("choices", orders.choices(null));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("memberErrors", memberErrors);
		model.addAttribute("sessionErrors", sessionErrors);
	}

	@GetMapping("/unge/fritidsjob")
	String leisure(@RequestParam(name = "aar", required = false) @Nullable Integer year, Model model) {
		leisureModel(year, forms.none("job"), forms.none("person"), forms.none("place"), model);
		return "youth/leisure";
	}

	@PostMapping("/unge/fritidsjob")
	String createJob(@Valid @ModelAttribute("jobForm") CreateJob form, BindingResult binding, Model model,
			Locale locale) {
		var errors = forms.run("job", binding, locale,
				() -> leisure.createJob(Objects.requireNonNull(form.cvr()), Objects.requireNonNull(form.companyName()),
						Objects.requireNonNull(form.title()), Objects.requireNonNull(form.hoursPerWeek())));
		if (!errors.any()) {
			return "redirect:/unge/fritidsjob";
		}
		leisureModel(null, errors, forms.none("person"), forms.none("place"), model);
		return "youth/leisure";
	}

	@PostMapping("/unge/fritidsjob/unge")
	String registerYoungPerson(@Valid @ModelAttribute("personForm") RegisterYoungPerson form, BindingResult binding,
			Model model, Locale locale) {
		var errors = forms.run("person", binding, locale,
				() -> leisure.registerYoungPerson(Objects.requireNonNull(form.givenName()),
						Objects.requireNonNull(form.familyName()), Objects.requireNonNull(form.birthDate())));
		if (!errors.any()) {
			return "redirect:/unge/fritidsjob";
		}
		leisureModel(null, forms.none("job"), errors, forms.none("place"), model);
		return "youth/leisure";
	}

	/** The placement form: which job, which young person, who supports them, from when. */
	record PlaceForm(@jakarta.validation.constraints.NotNull(message = "{youth.validation.required}") @Nullable UUID job,
			@jakarta.validation.constraints.NotNull(message = "{youth.validation.required}") @Nullable UUID youngPerson,
			@jakarta.validation.constraints.NotNull(
					message = "{youth.validation.required}") @Nullable SupporterKind supporterKind,
			@jakarta.validation.constraints.NotNull(message = "{youth.validation.required}") @Nullable LocalDate startedOn,
			@Nullable LocalDate endedOn) {
	}

	@PostMapping("/unge/fritidsjob/ansaettelser")
	String place(@Valid @ModelAttribute("placeForm") PlaceForm form, BindingResult binding, Model model,
			Locale locale) {
		var errors = forms.run("place", binding, locale,
				() -> leisure.place(Objects.requireNonNull(form.job()), Objects.requireNonNull(form.youngPerson()),
						Objects.requireNonNull(form.supporterKind()), null, Objects.requireNonNull(form.startedOn()),
						form.endedOn()));
		if (!errors.any()) {
			return "redirect:/unge/fritidsjob";
		}
		leisureModel(null, forms.none("job"), forms.none("person"), errors, model);
		return "youth/leisure";
	}

	private void leisureModel(@Nullable Integer year, FormErrors jobErrors, FormErrors personErrors,
			FormErrors placeErrors, Model model) {
		var years = leisure.years();
		var chosen = year != null ? year : years.isEmpty() ? LocalDate.now(clock).getYear() : years.getFirst();
		model.addAttribute("years", years);
		model.addAttribute("share", leisure.share(chosen));
		model.addAttribute("jobs", leisure.jobs());
		model.addAttribute("people", leisure.youngPeople());
		model.addAttribute("supporterKinds", SupporterKind.values());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("jobErrors", jobErrors);
		model.addAttribute("personErrors", personErrors);
		model.addAttribute("placeErrors", placeErrors);
	}

}
