package dk.jobvej.identity;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The units of one municipality as the organisation chart draws them: Job- og
 * Uddannelsesafdelingen at the top with its houses below. Siblings are in Danish alphabetical
 * order. A unit whose parent is missing from the given units counts as a top unit.
 */
public final class UnitTree {

	private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");

	private final Map<UnitId, OrganisationalUnit> units = new HashMap<>();

	private final Map<UnitId, List<OrganisationalUnit>> children = new HashMap<>();

	private final List<OrganisationalUnit> roots = new ArrayList<>();

	private UnitTree(Collection<OrganisationalUnit> all) {
		all.forEach(unit -> units.put(unit.id(), unit));
		var byName = Comparator.comparing(OrganisationalUnit::name, danishWordByWord());
		all.stream().sorted(byName).forEach(unit -> {
			var parent = unit.parent();
			if (parent == null || !units.containsKey(parent)) {
				roots.add(unit);
			}
			else {
				children.computeIfAbsent(parent, key -> new ArrayList<>()).add(unit);
			}
		});
	}

	public static UnitTree of(Collection<OrganisationalUnit> units) {
		return new UnitTree(units);
	}

	/** The units at the top of the organisation. */
	public List<OrganisationalUnit> roots() {
		return List.copyOf(roots);
	}

	/** The units directly below a unit. */
	public List<OrganisationalUnit> children(UnitId unit) {
		return List.copyOf(children.getOrDefault(unit, List.of()));
	}

	/** The unit itself and every unit below it, at any depth. */
	public Set<UnitId> withDescendants(UnitId unit) {
		var found = new LinkedHashSet<UnitId>();
		var pending = new ArrayList<UnitId>(List.of(unit));
		while (!pending.isEmpty()) {
			var next = pending.removeLast();
			if (found.add(next)) {
				children.getOrDefault(next, List.of()).forEach(child -> pending.add(child.id()));
			}
		}
		return found;
	}

	/**
	 * Every unit reachable from the top, each after its parent, with its depth (top units: 0).
	 * Units caught in a cycle of parents are unreachable and left out.
	 */
	public List<Branch> depthFirst() {
		var result = new ArrayList<Branch>();
		roots.forEach(root -> walk(root, 0, result));
		return result;
	}

	/** The tree as nested nodes, for drawing it as nested lists. */
	public List<Node> nodes() {
		return roots.stream().map(this::node).toList();
	}

	private void walk(OrganisationalUnit unit, int depth, List<Branch> result) {
		result.add(new Branch(unit, depth));
		children.getOrDefault(unit.id(), List.of()).forEach(child -> walk(child, depth + 1, result));
	}

	private Node node(OrganisationalUnit unit) {
		return new Node(unit, children.getOrDefault(unit.id(), List.of()).stream().map(this::node).toList());
	}

	/**
	 * Danish order (æ, ø, å last), word by word, so that "Job- og Aktivhuset" comes before
	 * "Jobhuset" as in a Danish index, rather than the collator's letters-only comparison.
	 */
	private static Comparator<String> danishWordByWord() {
		var collator = Collator.getInstance(Locale.forLanguageTag("da"));
		return (left, right) -> {
			var a = WORD_BREAK.split(left.strip());
			var b = WORD_BREAK.split(right.strip());
			for (int i = 0; i < Math.min(a.length, b.length); i++) {
				var order = collator.compare(a[i], b[i]);
				if (order != 0) {
					return order;
				}
			}
			return a.length != b.length ? Integer.compare(a.length, b.length) : left.compareTo(right);
		};
	}

	/** A unit and how deep below the top it sits. */
	public record Branch(OrganisationalUnit unit, int depth) {
	}

	/** A unit with the units directly below it. */
	public record Node(OrganisationalUnit unit, List<Node> children) {

		public Node {
			children = List.copyOf(children);
		}

	}

}
