package dk.jobvej.rehab.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dk.jobvej.platform.RuleViolation;
import dk.jobvej.rehab.TeamFunction;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A rehabilitation team (rehabiliteringsteam): a cross-disciplinary team of the clinical
 * function, health, social and employment areas (seed 002). Which functions it must have is a
 * rule that changed in 2025 and went in 2026; the team page shows what is missing.
 */
@Table(schema = "rehab", name = "team")
class Team implements Persistable<UUID> {

	@Id
	private final UUID id;

	private final int municipalityCode;

	private final String name;

	@MappedCollection(idColumn = "team", keyColumn = "position")
	private final List<TeamMember> members;

	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	Team(UUID id, int municipalityCode, String name, List<TeamMember> members, @Nullable Integer version) {
		this.id = id;
		this.municipalityCode = municipalityCode;
		this.name = name;
		this.members = new ArrayList<>(members);
		this.version = version;
	}

	static Team form(UUID id, int municipalityCode, String name, List<TeamMember> members) {
		if (members.isEmpty()) {
			throw new RuleViolation("members", "rehab.team.noMembers");
		}
		var checked = new ArrayList<TeamMember>();
		for (var i = 0; i < members.size(); i++) {
			var member = members.get(i);
			checked.add(new TeamMember(member.function(),
					Texts.required("members[" + i + "].name", member.name(), Texts.NAME)));
		}
		return new Team(id, municipalityCode, Texts.required("name", name, Texts.NAME), checked, null);
	}

	/** The functions the rules require that no member fills. */
	List<TeamFunction> missing(List<TeamFunction> required) {
		return required.stream().filter(function -> members.stream().noneMatch(m -> m.function() == function)).toList();
	}

	@Override
	public UUID getId() {
		return id;
	}

	@Override
	@Transient
	public boolean isNew() {
		return version == null;
	}

	UUID id() {
		return id;
	}

	int municipalityCode() {
		return municipalityCode;
	}

	String name() {
		return name;
	}

	List<TeamMember> members() {
		return List.copyOf(members);
	}

}
