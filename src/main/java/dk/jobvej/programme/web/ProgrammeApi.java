package dk.jobvej.programme.web;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dk.jobvej.identity.Organisation;
import dk.jobvej.platform.documents.PdfDocuments;
import dk.jobvej.programme.ProgrammeId;
import dk.jobvej.programme.internal.EffectEvaluations;
import dk.jobvej.programme.internal.MyMembers;
import dk.jobvej.programme.internal.Programme;
import dk.jobvej.programme.internal.ProgrammeAudit;
import dk.jobvej.programme.internal.ProgrammeReports;
import dk.jobvej.programme.internal.ProgrammeSelections;
import dk.jobvej.programme.internal.ProgrammeWorkbook;
import dk.jobvej.programme.internal.Programmes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The programme API: define a programme, select its gross target group, randomise it, verify the
 * allocation, record visitations, exits and grant payments, and read the grant ledger, the status
 * report (JSON, PDF, XLSX) and the effect evaluation.
 */
@RestController
@RequestMapping("/api/v1/programmes")
@Tag(name = "Programmes", description = "Programmes and trials: selection, randomisation, visitation groups, grants, evaluation")
class ProgrammeApi {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Programmes programmes;

	private final ProgrammeSelections selections;

	private final ProgrammeReports reports;

	private final EffectEvaluations evaluations;

	private final ProgrammeWorkbook workbook;

	private final ProgrammeDocuments documents;

	private final ProgrammeAudit audit;

	private final MyMembers myMembers;

	private final ProgrammeTexts texts;

	private final Organisation organisation;

	ProgrammeApi(Programmes programmes, ProgrammeSelections selections, ProgrammeReports reports,
			EffectEvaluations evaluations, ProgrammeWorkbook workbook, ProgrammeDocuments documents,
			ProgrammeAudit audit, MyMembers myMembers, ProgrammeTexts texts, Organisation organisation) {
		this.programmes = programmes;
		this.selections = selections;
		this.reports = reports;
		this.evaluations = evaluations;
		this.workbook = workbook;
		this.documents = documents;
		this.audit = audit;
		this.myMembers = myMembers;
		this.texts = texts;
		this.organisation = organisation;
	}

	@GetMapping
	@Operation(summary = "The municipality's programmes, newest first")
	List<ProgrammeJson.ProgrammeView> all() {
		return programmes.all(municipality()).stream().map(ProgrammeJson.ProgrammeView::of).toList();
	}

	@PostMapping
	@Operation(summary = "Define a programme: period, target-group rule (clauses), methods, budget and grant rule")
	ResponseEntity<ProgrammeJson.Created> define(@Valid @RequestBody ProgrammeRequests.Define request) {
		var id = programmes.define(request.definition(municipality()), me());
		return ResponseEntity.created(URI.create("/api/v1/programmes/" + id)).body(new ProgrammeJson.Created(id.value()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A programme's definition")
	ProgrammeJson.ProgrammeView one(@PathVariable UUID id) {
		return ProgrammeJson.ProgrammeView.of(programme(id));
	}

	@PostMapping("/{id}/selection")
	@Operation(summary = "Select the gross target group on the selection day; it is fixed afterwards (audited)")
	ResponseEntity<ProgrammeJson.Selected> select(@PathVariable UUID id) {
		var programme = programme(id);
		return ResponseEntity.status(201).body(new ProgrammeJson.Selected(programmes.select(programme.id(), me())));
	}

	@GetMapping("/{id}/selection")
	@Operation(summary = "Who qualified and why (with the arm they were drawn into), and who narrowly did not (audited)")
	ProgrammeJson.Selection selection(@PathVariable UUID id, Locale locale) {
		var programme = programme(id);
		var selection = selections.of(programme);
		var arms = selections.arms(programme);
		var cited = new HashSet<UUID>();
		selection.members().forEach(m -> cited.add(m.citizen()));
		selection.nearMisses().forEach(m -> cited.add(m.citizen()));
		audit.read(cited, "programme-selection " + id);
		return new ProgrammeJson.Selection(selection.selection().selectedAt(), selection.selection().selectedBy(),
				selection.selection().assessed(),
				selection.members()
					.stream()
					.map(m -> new ProgrammeJson.Qualified(m.citizen(), m.clause(), m.stratum(), arms.get(m.citizen()),
							ProgrammeJson.reasons(m.reasons(), r -> texts.reason(r, locale))))
					.toList(),
				selection.nearMisses()
					.stream()
					.map(m -> new ProgrammeJson.NearMiss(m.citizen(),
							ProgrammeJson.reasons(m.reasons(), r -> texts.reason(r, locale))))
					.toList());
	}

	@PostMapping("/{id}/randomisation")
	@Operation(summary = "Draw participants and controls from a recorded seed, optionally stratified by benefit (audited)")
	ResponseEntity<ProgrammeJson.Randomisation> randomise(@PathVariable UUID id,
			@Valid @RequestBody ProgrammeRequests.Randomise request) {
		var programme = programme(id);
		programmes.randomise(programme.id(), ProgrammeRequests.req(request.seed()),
				ProgrammeRequests.req(request.participants()), Boolean.TRUE.equals(request.stratified()), me());
		return ResponseEntity.status(201).body(ProgrammeJson.Randomisation.of(programmes.verify(programme.id())));
	}

	@GetMapping("/{id}/randomisation")
	@Operation(summary = "The randomisation and its verification: the seed draws the stored allocation again")
	ProgrammeJson.Randomisation randomisation(@PathVariable UUID id) {
		return ProgrammeJson.Randomisation.of(programmes.verify(programme(id).id()));
	}

	@PostMapping("/{id}/visitations")
	@Operation(summary = "Record a programme visitation (group 1, 2, 3 or deferred with a revisit date; audited)")
	ResponseEntity<Void> visit(@PathVariable UUID id, @Valid @RequestBody ProgrammeRequests.Visit request) {
		programmes.visit(programme(id).id(), request.visit(), me());
		return ResponseEntity.status(201).build();
	}

	@GetMapping("/{id}/visitations/lacking")
	@Operation(summary = "Group 1 members without a plan with an end goal, a usable CV or a job mediator: the figures, and your own citizens by name (audited)")
	ProgrammeJson.Lacking lacking(@PathVariable UUID id) {
		var lacks = reports.lacking(programme(id));
		var mine = myMembers.among(new HashSet<>(lacks.stream().filter(ProgrammeReports.Lack::any).map(l -> l.citizen().value()).toList()),
				"programme-group-1 " + id);
		return new ProgrammeJson.Lacking(lacks.size(), (int) lacks.stream().filter(ProgrammeReports.Lack::plan).count(),
				(int) lacks.stream().filter(ProgrammeReports.Lack::cv).count(),
				(int) lacks.stream().filter(ProgrammeReports.Lack::mediator).count(),
				lacks.stream()
					.filter(l -> mine.containsKey(l.citizen()))
					.map(l -> new ProgrammeJson.Lack(l.citizen().value(), mine.get(l.citizen()).name(), l.plan(), l.cv(),
							l.mediator()))
					.toList());
	}

	@PostMapping("/{id}/exits")
	@Operation(summary = "Record that a member left the programme, and where to (audited)")
	ResponseEntity<Void> exit(@PathVariable UUID id, @Valid @RequestBody ProgrammeRequests.Exit request) {
		programmes.exit(programme(id).id(), request.exit(), me());
		return ResponseEntity.status(201).build();
	}

	@PostMapping("/{id}/payments")
	@Operation(summary = "Record grant money received from the grantor, for the reconciliation")
	ResponseEntity<Void> payment(@PathVariable UUID id, @Valid @RequestBody ProgrammeRequests.Payment request) {
		programmes.payment(programme(id).id(), request.payment(), me());
		return ResponseEntity.status(201).build();
	}

	@GetMapping("/{id}/grants")
	@Operation(summary = "The grant ledger computed from placements, with the reconciliation against the budget (audited)")
	ProgrammeJson.Grants grants(@PathVariable UUID id) {
		var programme = programme(id);
		var entries = reports.ledger(programme);
		audit.read(new HashSet<>(entries.stream().map(e -> e.citizen().value()).toList()), "programme-grants " + id);
		return new ProgrammeJson.Grants(ProgrammeJson.GrantTotals.of(reports.status(programme).grants()),
				entries.stream()
					.map(e -> new ProgrammeJson.GrantEntry(e.citizen().value(), e.kind().name(), e.earnedOn(), e.amount(),
							e.type()))
					.toList());
	}

	@GetMapping("/{id}/report")
	@Operation(summary = "The status report: courses started and completed, exits by destination, visitation groups, grants")
	ProgrammeJson.Status report(@PathVariable UUID id) {
		return ProgrammeJson.Status.of(reports.status(programme(id)));
	}

	@GetMapping("/{id}/report.pdf")
	@Operation(summary = "The status report as PDF")
	ResponseEntity<byte[]> reportPdf(@PathVariable UUID id, Locale locale) {
		var programme = programme(id);
		return PdfDocuments.response(documents.pdf(programme, locale), programme.definition().code() + ".pdf", false);
	}

	@GetMapping("/{id}/report.xlsx")
	@Operation(summary = "The status report as XLSX")
	ResponseEntity<byte[]> reportXlsx(@PathVariable UUID id, Locale locale) {
		var programme = programme(id);
		return xlsx(workbook.write(reports.status(programme), locale), programme.definition().code() + ".xlsx");
	}

	@GetMapping("/{id}/evaluation")
	@Operation(summary = "Effect evaluation: participants against controls on ordinary hours and self-sufficiency")
	ProgrammeJson.Evaluation evaluation(@PathVariable UUID id, Locale locale) {
		var evaluation = evaluations.evaluate(programme(id));
		return new ProgrammeJson.Evaluation(evaluation.from(), evaluation.to(), evaluation.leftOut(), evaluation.hours(),
				evaluation.selfSufficiency(), evaluation.quarters(), texts.explanation(evaluation, locale));
	}

	static ResponseEntity<byte[]> xlsx(byte[] body, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	private Programme programme(UUID id) {
		return programmes.get(new ProgrammeId(id), municipality());
	}

	private int municipality() {
		return organisation.signedIn().municipalityCode();
	}

	private String me() {
		return organisation.signedIn().username();
	}

}
