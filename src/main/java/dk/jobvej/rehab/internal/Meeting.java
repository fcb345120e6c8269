package dk.jobvej.rehab.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import dk.jobvej.platform.RuleViolation;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A meeting of a rehabilitation team: day, time, place and the minutes each case gets. The agenda
 * is the cases that name the meeting, in their agenda order; each case starts one slot after the
 * one before.
 */
@Table(schema = "rehab", name = "meeting")
class Meeting implements Persistable<UUID> {

	@Id
	private final UUID id;

	private final int municipalityCode;

	private final UUID team;

	private final LocalDate heldOn;

	private final LocalTime startsAt;

	private final String location;

	private final int slotMinutes;

	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	Meeting(UUID id, int municipalityCode, UUID team, LocalDate heldOn, LocalTime startsAt, String location,
			int slotMinutes, @Nullable Integer version) {
		this.id = id;
		this.municipalityCode = municipalityCode;
		this.team = team;
		this.heldOn = heldOn;
		this.startsAt = startsAt;
		this.location = location;
		this.slotMinutes = slotMinutes;
		this.version = version;
	}

	/** A meeting planned on a day that has not passed. */
	static Meeting plan(UUID id, int municipalityCode, UUID team, LocalDate heldOn, LocalTime startsAt,
			String location, int slotMinutes, LocalDate today) {
		if (heldOn.isBefore(today)) {
			throw new RuleViolation("heldOn", "rehab.meeting.past");
		}
		if (slotMinutes < 5 || slotMinutes > 240) {
			throw new RuleViolation("slotMinutes", "rehab.meeting.slot");
		}
		return new Meeting(id, municipalityCode, team, heldOn, startsAt,
				Texts.required("location", location, Texts.NAME), slotMinutes, null);
	}

	/** When the case at the position (1, 2, ...) starts. */
	LocalTime slot(int position) {
		return startsAt.plusMinutes((long) slotMinutes * (position - 1));
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

	UUID team() {
		return team;
	}

	LocalDate heldOn() {
		return heldOn;
	}

	LocalTime startsAt() {
		return startsAt;
	}

	String location() {
		return location;
	}

	int slotMinutes() {
		return slotMinutes;
	}

}
