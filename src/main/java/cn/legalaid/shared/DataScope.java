package cn.legalaid.shared;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/**
 * The typed data scope (数据范围) of the acting user, passed into every query that reads scoped data.
 * Organisation paths are materialised paths such as {@code /000000/320000/320100/320102/}.
 *
 * @param kind     how far the scope reaches
 * @param unitPath materialised path of the user's own unit
 * @param userId   the user, for {@link ScopeKind#OWN_RECORDS}
 */
public record DataScope(ScopeKind kind, String unitPath, Long userId) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public DataScope {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(unitPath, "unitPath");
	}

	public static DataScope all() {
		return new DataScope(ScopeKind.ALL, "/", null);
	}

	/** Whether a unit with this materialised path lies within the scope. */
	public boolean coversUnit(String path) {
		if (path == null) {
			return false;
		}
		return switch (kind) {
			case ALL -> true;
			case UNIT_AND_BELOW -> path.startsWith(unitPath);
			case OWN_UNIT, OWN_RECORDS -> path.equals(unitPath);
		};
	}

	/**
	 * A path prefix for {@code path LIKE :prefix} queries (bound as a parameter, never concatenated): the whole
	 * subtree for unit-and-below, the unit itself otherwise.
	 */
	public String pathPattern() {
		return switch (kind) {
			case ALL -> "/%";
			case UNIT_AND_BELOW -> unitPath + "%";
			case OWN_UNIT, OWN_RECORDS -> unitPath;
		};
	}

	/** Whether records are limited to those of the user personally. */
	public boolean ownRecordsOnly() {
		return kind == ScopeKind.OWN_RECORDS;
	}
}
