package cn.legalaid.shared;

import java.util.Optional;
import java.util.function.Function;

/**
 * The one rule that decides whether an actor may see or act on a single record — every read by id or number and
 * every idempotent replay asks it, so that a record found one way is found (or not) every other way too. Lists
 * apply the same rule in SQL ({@link DataScope#pathPattern()}, handler for own-records scope).
 * <ul>
 * <li>{@link ScopeKind#ALL}: every record.</li>
 * <li>{@link ScopeKind#UNIT_AND_BELOW}: records of the actor's unit and of every unit below it.</li>
 * <li>{@link ScopeKind#OWN_UNIT}: records of the actor's unit only.</li>
 * <li>{@link ScopeKind#OWN_RECORDS}: only records the actor handles (its practitioner record is the handler) —
 * not the unassigned records of its unit.</li>
 * <li>An external system (API key, no user) also sees what it sent itself to the centre it belongs to.</li>
 * </ul>
 * A record outside the scope answers "not found" ({@link OutOfScopeException}), like a missing one.
 */
public final class DataScopePolicy {

	private DataScopePolicy() {
	}

	/** Whether the record lies within the actor's scope, and why (or why not). */
	public static ScopeDecision decide(Actor actor, ScopedRecord record) {
		DataScope scope = actor.dataScope();
		String path = record.unitPath();
		if (path == null) {
			return ScopeDecision.refused("记录没有所属单位");
		}
		if (sentByThisSystem(actor, record)) {
			return ScopeDecision.covered("本接口调用方发送的记录");
		}
		return switch (scope.kind()) {
			case ALL -> ScopeDecision.covered("全部数据范围");
			case UNIT_AND_BELOW -> path.startsWith(scope.unitPath()) ? ScopeDecision.covered("本单位及下级的记录")
					: ScopeDecision.refused("记录所属单位不在本单位及下级范围内");
			case OWN_UNIT -> path.equals(scope.unitPath()) ? ScopeDecision.covered("本单位的记录")
					: ScopeDecision.refused("记录所属单位不是本单位");
			case OWN_RECORDS -> actor.practitionerId() != null && actor.practitionerId().equals(record.handlerId())
					? ScopeDecision.covered("本人承办的记录") : ScopeDecision.refused("仅本人数据范围：记录不由本人承办");
		};
	}

	public static boolean covers(Actor actor, ScopedRecord record) {
		return decide(actor, record).covered();
	}

	/**
	 * The record if it exists and the actor may see it; a missing record is {@link NotFoundException}, one outside
	 * the scope {@link OutOfScopeException} with the same message (both 404).
	 */
	public static <T> T require(Actor actor, Optional<T> found, Function<T, ScopedRecord> describe,
			String notFoundMessage) {
		T record = found.orElseThrow(() -> new NotFoundException(notFoundMessage));
		ScopeDecision decision = decide(actor, describe.apply(record));
		if (!decision.covered()) {
			throw new OutOfScopeException(notFoundMessage, decision.reason());
		}
		return record;
	}

	/**
	 * Whether the actor may file or change something at this unit (e.g. receive an application at a centre): the
	 * unit must lie in the actor's scope, or be the centre the actor's own unit belongs to ({@code ownCentrePath},
	 * for staff and systems at a workstation or contact point). Handlers with own-records scope file nowhere but
	 * their own unit.
	 */
	public static ScopeDecision decideFilingAt(Actor actor, String unitPath, String ownCentrePath) {
		if (unitPath == null) {
			return ScopeDecision.refused("单位不存在");
		}
		if (unitPath.equals(ownCentrePath)) {
			return ScopeDecision.covered("本单位所属的法律援助机构");
		}
		return actor.dataScope().coversUnit(unitPath) ? ScopeDecision.covered("数据范围内的单位")
				: ScopeDecision.refused("该单位不在您的数据范围内");
	}

	private static boolean sentByThisSystem(Actor actor, ScopedRecord record) {
		return actor.userId() == null && record.createdBy() != null && record.createdBy().equals(actor.username())
				&& actor.dataScope().unitPath().startsWith(record.unitPath());
	}
}
