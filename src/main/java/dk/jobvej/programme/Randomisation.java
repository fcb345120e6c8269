package dk.jobvej.programme;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Draws a gross target group into participants and controls, reproducibly: the members are put in
 * the order of their ids, shuffled with {@link java.util.Random} from the recorded seed (its
 * algorithm is fixed by the Java specification, so the same seed and members give the same draw on
 * any JVM), and the first ones become participants. Stratified, each stratum (e.g. benefit type) is
 * shuffled on its own and gets its share of the participants by largest remainder, so the arms are
 * balanced on the stratum. The hashes make any later edit visible. The algorithm is part of the
 * module's API so that anyone (an auditor, the demo data) can reproduce a draw.
 */
public final class Randomisation {

	private Randomisation() {
	}

	/** A member of the gross target group and the stratum (e.g. benefit) it is drawn in. */
	public record Candidate(UUID citizen, String stratum) {
	}

	/** The arms drawn and the two hashes. */
	public record Draw(Map<UUID, Arm> arms, Map<UUID, String> strata, String inputHash, String allocationHash) {
	}

	public static Draw draw(List<Candidate> members, long seed, int participants, boolean stratified) {
		if (participants < 0 || participants > members.size()) {
			throw new IllegalArgumentException("participants must be between 0 and the number of members");
		}
		var ordered = members.stream().sorted(Comparator.comparing(candidate -> candidate.citizen().toString())).toList();
		var strata = new TreeMap<String, List<Candidate>>();
		for (var candidate : ordered) {
			strata.computeIfAbsent(stratified ? candidate.stratum() : "", key -> new ArrayList<>()).add(candidate);
		}
		var quotas = quotas(strata, participants, ordered.size());
		var random = new Random(seed);
		var arms = new LinkedHashMap<UUID, Arm>();
		for (var stratum : strata.entrySet()) {
			var shuffled = new ArrayList<>(stratum.getValue());
			Collections.shuffle(shuffled, random);
			var quota = quotas.get(stratum.getKey());
			for (var i = 0; i < shuffled.size(); i++) {
				arms.put(shuffled.get(i).citizen(), i < quota ? Arm.PARTICIPANT : Arm.CONTROL);
			}
		}
		var stratumOf = new LinkedHashMap<UUID, String>();
		ordered.forEach(candidate -> stratumOf.put(candidate.citizen(), candidate.stratum()));
		var inputHash = inputHash(ordered);
		return new Draw(arms, stratumOf, inputHash, allocationHash(seed, participants, stratified, inputHash, arms));
	}

	/** Participants per stratum in proportion to its size, largest remainders first, ties by name. */
	private static Map<String, Integer> quotas(TreeMap<String, List<Candidate>> strata, int participants, int total) {
		var quotas = new LinkedHashMap<String, Integer>();
		if (total == 0) {
			return quotas;
		}
		var remainders = new ArrayList<Map.Entry<String, Long>>();
		var given = 0;
		for (var stratum : strata.entrySet()) {
			long exact = (long) participants * stratum.getValue().size();
			quotas.put(stratum.getKey(), (int) (exact / total));
			given += (int) (exact / total);
			remainders.add(Map.entry(stratum.getKey(), exact % total));
		}
		remainders.sort(Map.Entry.<String, Long>comparingByValue().reversed());
		for (var i = 0; given < participants; i++, given++) {
			quotas.merge(remainders.get(i).getKey(), 1, Integer::sum);
		}
		return quotas;
	}

	/** SHA-256 over the members in the order of their ids, each with its stratum. */
	public static String inputHash(List<Candidate> ordered) {
		var text = new StringBuilder();
		ordered.forEach(candidate -> text.append(candidate.citizen()).append(',').append(candidate.stratum()).append('\n'));
		return sha256(text.toString());
	}

	/** SHA-256 over the seed, the settings, the input hash and every member's arm in id order. */
	public static String allocationHash(long seed, int participants, boolean stratified, String inputHash, Map<UUID, Arm> arms) {
		var text = new StringBuilder().append(seed)
			.append('|')
			.append(participants)
			.append('|')
			.append(stratified)
			.append('|')
			.append(inputHash)
			.append('\n');
		new TreeMap<>(arms.entrySet()
			.stream()
			.collect(java.util.stream.Collectors.toMap(entry -> entry.getKey().toString(), Map.Entry::getValue)))
			.forEach((citizen, arm) -> text.append(citizen).append(',').append(arm).append('\n'));
		return sha256(text.toString());
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
